-- Near copies and stories (docs/stories.md, "Storage and look-up in PostgreSQL").
--
-- Near copies: minhash is the article text's MinHash signature (256 values of
-- dev.precis.stories.NearCopySignature) and band_keys its 32 band keys; an article is looked up by
-- the overlap of its band keys with the stored ones (the GIN index) and compared on the signature.
-- copy_of names the original of a near copy: the earliest article of its group, never a copy
-- itself. Articles stored before this migration have neither and are no one's original.

alter table article add column minhash integer[];
alter table article add column band_keys bigint[];
alter table article add column copy_of bigint references article (id);

create index article_band_keys_idx on article using gin (band_keys);
create index article_copy_of_idx on article (copy_of) where copy_of is not null;

-- Stories: the articles about one event. A story row keeps what assigning a new article needs
-- without reading its articles: its centroid (terms, alphabetically, with the unscaled sums of the
-- member profiles' weights over them: at most profileTerms; norm is the length of that vector),
-- its size, the first and latest times of its articles (an article's time is its publishedAt, else
-- its createdAt) and when it closes at its own pace (dev.precis.stories.StoryCentroid.closesAt,
-- with the settings of its latest write). version moves with every change to the story or one of
-- its articles: the story summary is cached under it.

create sequence story_seq;

create table story (
    id         bigint              primary key,
    language   varchar(16)         not null,
    size       integer             not null,
    first_at   timestamptz         not null,
    latest_at  timestamptz         not null,
    closes_at  timestamptz         not null,
    headline   text,
    terms      text[]              not null,
    sums       double precision[]  not null,
    norm       double precision    not null,
    version    integer             not null,
    created_at timestamptz         not null,
    updated_at timestamptz         not null
);

-- newest first (by latest article), overall and within a language: the lists
create index story_latest_idx on story (latest_at desc, id desc);
create index story_language_latest_idx on story (language, latest_at desc, id desc);

-- The term index of the candidate look-up (dev.precis.stories.CandidateRule): a row for each of a
-- story's heaviest centroid terms, with the term's weight in the unit-length centroid and the
-- story's language and closing time, so that the open stories weighing a term most are one
-- ordered range of one index, read without visiting the story rows.
create table story_term (
    story_id  bigint            not null references story (id) on delete cascade,
    language  varchar(16)       not null,
    term      text              not null,
    weight    double precision  not null,
    closes_at timestamptz       not null,
    primary key (story_id, term)
);

create index story_term_lookup_idx on story_term (language, term, weight desc, story_id) include (closes_at);

-- A clock for each language's stories, moved by every change to one of them. A writer looks up
-- the candidates of an article without waiting, on a snapshot that reads the clock, then moves the
-- clock on: the row lock makes the writers of one language follow each other, and a clock that
-- moved since the look-up tells the writer to look again (dev.precis.story.service.StoryMembership).
create table story_clock (
    language varchar(16) primary key,
    tick     bigint      not null
);

alter table article add column story_id bigint references story (id);
create index article_story_idx on article (story_id) where story_id is not null;

-- Story events go through the same outbox as article events: topic says which, and a story
-- event names its story in story_id (article_id stays for article events).
alter table article_event add column topic varchar(8) not null default 'article'
    constraint article_event_topic_check check (topic in ('article', 'story'));
alter table article_event add column story_id bigint;
alter table article_event alter column article_id drop not null;
alter table article_event add constraint article_event_subject_check
    check ((topic = 'article' and article_id is not null) or (topic = 'story' and story_id is not null));

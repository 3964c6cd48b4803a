-- Stories are assigned apart from the store (dev.precis.story.service.StoryAssigner): a store
-- only queues its article in story_pending, in its own transaction, and the assigner puts the
-- queued articles into stories in batches, one replica at a time, in article order. So
-- concurrent stores no longer wait for each other on a language's story clock.
--
-- Membership moves out of the article row into story_article: setting a column of article after
-- the insert would write a second version of the row and new entries in each of its indexes
-- (the full-text ones among them), a second insert's work for every article.

create table story_article (
    article_id bigint primary key references article (id) on delete cascade,
    story_id   bigint not null references story (id) on delete cascade
);

create index story_article_story_idx on story_article (story_id, article_id);

insert into story_article (article_id, story_id) select id, story_id from article where story_id is not null;

drop index article_story_idx;
alter table article drop column story_id;

-- The articles stored and not yet in a story, oldest first. No foreign key: the store inserts
-- the row in the same transaction as the article, and a delete removes both.
create table story_pending (
    article_id bigint primary key
);


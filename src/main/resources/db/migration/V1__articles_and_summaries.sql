-- Articles as submitted, and the summary written with each in the same transaction.

create sequence article_seq start with 1 increment by 50;

create table article (
    id           bigint       primary key,
    title        text,
    body         text         not null,
    url          text,
    source       text,
    language     varchar(16)  not null,
    published_at timestamptz,
    created_at   timestamptz  not null,
    -- SHA-256 of the normalized text, hex: one stored article per text
    text_hash    char(64)     not null,
    constraint article_text_hash_key unique (text_hash)
);

-- newest first, and newest first within a source (keyset pagination)
create index article_created_idx on article (created_at desc, id desc);
create index article_source_created_idx on article (source, created_at desc, id desc);

create table summary (
    article_id     bigint       primary key references article (id) on delete cascade,
    algorithm      varchar(32)  not null,
    language       varchar(16)  not null,
    options        jsonb        not null,
    -- chosen sentences in article order: index, start, end, score, text
    sentences      jsonb        not null,
    sentence_count integer      not null,
    word_count     integer      not null,
    created_at     timestamptz  not null
);

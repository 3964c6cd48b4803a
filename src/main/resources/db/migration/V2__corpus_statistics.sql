-- Corpus statistics for term weights (IDF), shared by every replica of the service.
--
-- Storing an article must stay fast however large the corpus grows and however many articles
-- are stored at once, so a store never updates shared counters: it appends one row with the
-- article's distinct terms to corpus_change, and a periodic fold (one replica at a time) adds
-- the pending changes into the counters.

create table corpus_change (
    id       bigint       generated always as identity primary key,
    language varchar(16)  not null,
    -- +1 when an article is stored, -1 when it is deleted
    sign     smallint     not null check (sign in (-1, 1)),
    terms    text[]       not null
);

create table corpus_size (
    language  varchar(16) primary key,
    documents bigint      not null
);

create table term_document_frequency (
    language  varchar(16) not null,
    term      text        not null,
    documents bigint      not null,
    primary key (language, term)
);

alter table summary add column keywords jsonb not null default '[]'::jsonb;

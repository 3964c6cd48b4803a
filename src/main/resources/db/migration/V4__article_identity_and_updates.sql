-- An article's identity at the aggregator that sends it, and when it last changed.
--
-- external_id is the sender's own id for the article, unique across the store when present (a
-- sender with several feeds that may reuse ids prefixes them, e.g. 'reuters:123'). Without one,
-- the url names the article when it is posted again; urls are not unique (a page may have been
-- stored under two texts before updates existed), so they get a plain lookup index. A hash index,
-- because a url may be longer than a btree entry can hold. Writers of one external id or url are
-- serialized by an advisory lock on it, as writers of one text are by the lock on its hash.

alter table article add column external_id text;
alter table article add column updated_at timestamptz;
update article set updated_at = created_at;
alter table article alter column updated_at set not null;

alter table article add constraint article_external_id_key unique (external_id);
create index article_url_idx on article using hash (url);

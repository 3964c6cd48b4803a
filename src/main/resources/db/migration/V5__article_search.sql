-- Full-text search over stored articles, with PostgreSQL's text search in the article's language.
--
-- article_search_config maps the service's ISO 639-1 codes to PostgreSQL's text search
-- configurations (Snowball stemmers and stopword lists, shipped with PostgreSQL 14 and later);
-- languages PostgreSQL has none for (bg, cs, fa, zh, ja, ko, th) use 'simple', which only folds
-- case. Both functions are immutable: the generated column and the index depend on them, and the
-- mapping changes only with a new migration (which must then rebuild search_vector).

create function article_search_config(language varchar) returns regconfig
    language sql immutable parallel safe
as $$
    select case language
        when 'en' then 'pg_catalog.english'::regconfig
        when 'de' then 'pg_catalog.german'::regconfig
        when 'fr' then 'pg_catalog.french'::regconfig
        when 'es' then 'pg_catalog.spanish'::regconfig
        when 'it' then 'pg_catalog.italian'::regconfig
        when 'pt' then 'pg_catalog.portuguese'::regconfig
        when 'nl' then 'pg_catalog.dutch'::regconfig
        when 'da' then 'pg_catalog.danish'::regconfig
        when 'sv' then 'pg_catalog.swedish'::regconfig
        when 'no' then 'pg_catalog.norwegian'::regconfig
        when 'fi' then 'pg_catalog.finnish'::regconfig
        when 'hu' then 'pg_catalog.hungarian'::regconfig
        when 'ru' then 'pg_catalog.russian'::regconfig
        when 'id' then 'pg_catalog.indonesian'::regconfig
        when 'ro' then 'pg_catalog.romanian'::regconfig
        when 'tr' then 'pg_catalog.turkish'::regconfig
        when 'ca' then 'pg_catalog.catalan'::regconfig
        when 'ar' then 'pg_catalog.arabic'::regconfig
        when 'el' then 'pg_catalog.greek'::regconfig
        when 'hi' then 'pg_catalog.hindi'::regconfig
        else 'pg_catalog.simple'::regconfig
    end
$$;

-- A query in every configuration at once: it finds candidates through the index whatever the
-- article's language; each candidate is then checked against the query in its own language.
create function article_search_query(query text) returns tsquery
    language sql immutable parallel safe
as $$
    select websearch_to_tsquery('pg_catalog.english', query) ||
           websearch_to_tsquery('pg_catalog.german', query) ||
           websearch_to_tsquery('pg_catalog.french', query) ||
           websearch_to_tsquery('pg_catalog.spanish', query) ||
           websearch_to_tsquery('pg_catalog.italian', query) ||
           websearch_to_tsquery('pg_catalog.portuguese', query) ||
           websearch_to_tsquery('pg_catalog.dutch', query) ||
           websearch_to_tsquery('pg_catalog.danish', query) ||
           websearch_to_tsquery('pg_catalog.swedish', query) ||
           websearch_to_tsquery('pg_catalog.norwegian', query) ||
           websearch_to_tsquery('pg_catalog.finnish', query) ||
           websearch_to_tsquery('pg_catalog.hungarian', query) ||
           websearch_to_tsquery('pg_catalog.russian', query) ||
           websearch_to_tsquery('pg_catalog.indonesian', query) ||
           websearch_to_tsquery('pg_catalog.romanian', query) ||
           websearch_to_tsquery('pg_catalog.turkish', query) ||
           websearch_to_tsquery('pg_catalog.catalan', query) ||
           websearch_to_tsquery('pg_catalog.arabic', query) ||
           websearch_to_tsquery('pg_catalog.greek', query) ||
           websearch_to_tsquery('pg_catalog.hindi', query) ||
           websearch_to_tsquery('pg_catalog.simple', query)
$$;

-- Title weighs more than body (A over B) in the ranking. The body is indexed up to its first
-- 100,000 characters, which keeps the vector far below PostgreSQL's 1 MB limit for any text the
-- service accepts (at most precis.limits.max-text-length characters).
alter table article add column search_vector tsvector generated always as (
    setweight(to_tsvector(article_search_config(language), coalesce(title, '')), 'A')
    || setweight(to_tsvector(article_search_config(language), left(body, 100000)), 'B')
) stored;

create index article_search_idx on article using gin (search_vector);

-- the list's other filters: newest first within a language, and the publication time range
create index article_language_created_idx on article (language, created_at desc, id desc);
create index article_published_idx on article (published_at);

-- Searches match on search_vector and rank on rank_vector: the title (weight A) and the first
-- 2,000 characters of the text (weight B), in the article's language.
--
-- ts_rank compares the positions of every pair of query words it finds in the vector, so its cost
-- grows with the square of those positions. search_vector keeps up to 256 positions of each
-- lexeme of the text's first 100,000 characters: over 998 long articles, half of them a sentence
-- of the query's words repeated, a search of 16 words took 19 s to rank and one of 35 words more
-- than 30 s (docs/BENCHMARKS.md). The first 2,000 characters hold at most about 1,000 words,
-- which bounds the cost of ranking an article whatever the length of its text: the same search
-- of 35 words takes about half a second. They are the headline's sentence and the first
-- paragraphs of a news article (about 300 words), where its subject is named; matching still
-- reads the whole text.
--
-- A stored generated column, like search_vector: PostgreSQL keeps it up to date on every insert
-- and update, and adding it rewrites the table, computing it for every existing row, in this
-- migration's transaction and under its lock. That is the backfill, in one statement, correct for
-- a table of any size, with no write slipping in between; the table is locked meanwhile (see
-- docs/BENCHMARKS.md for its time on 100,000 articles). The request limits of the connection
-- Flyway migrates on are lifted while it does (dev.precis.MigrationTimeouts).
alter table article add column rank_vector tsvector generated always as (
    setweight(to_tsvector(article_search_config(language), coalesce(title, '')), 'A')
    || setweight(to_tsvector(article_search_config(language), left(body, 2000)), 'B')
) stored;

#!/usr/bin/env bash
# Sets the size of the article table for load/http.sh, straight in SQL (in seconds, not hours):
#
#   load/fill.sh 0        # empties the articles, summaries, stories and corpus statistics
#   load/fill.sh 100000   # adds archived copies of the stored articles until the table holds 100,000
#
# The copies are the articles stored so far (run load/http.sh on the empty table first), each
# with its summary, under a new id, with a closing sentence that makes its text (and text_hash)
# unique, source "archive" and creation times spread over the past. The corpus statistics grow
# with them: the corpus size by the number of copies, each term's document count in proportion.
# The copies get no story and take no part in near copies: they join no story queue, and copy_of,
# minhash and band_keys stay null, as for articles stored before stories were kept, so the stories and their
# sizes are those of the articles stored through the service, and no store finds an archived copy
# as its original. load/stories.sh gives the copies band keys and stories of their own.
# Run it while the service is stopped. Uses the QUARKUS_DATASOURCE_* variables like the service.
set -euo pipefail

TARGET=${1:?usage: load/fill.sh ROWS}
DB_URL=${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/precis}
DB_USER=${QUARKUS_DATASOURCE_USERNAME:-precis}
DB_PASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-precis}
PSQL_URL="postgresql://${DB_USER}:${DB_PASSWORD}@${DB_URL#jdbc:postgresql://}"
sql() { psql "$PSQL_URL" -v ON_ERROR_STOP=1 -qtA "$@"; }

if [ "$TARGET" -eq 0 ]; then
  # in one statement: story_article and story_term refer to article and story; only the tables this
  # database has (an earlier build's schema, the before of a before/after, lacks the later ones)
  tables=$(sql -c "select string_agg(t, ', ') from unnest(array['article', 'summary', 'story', 'story_term', 'story_article',
    'story_pending', 'story_clock', 'corpus_change', 'corpus_size', 'term_document_frequency']) as t where to_regclass(t) is not null")
  sql -c "truncate $tables"
  sql -c "vacuum analyze $tables"
  echo "article and story tables emptied"
  exit 0
fi

current=$(sql -c "select count(*) from article")
[ "$current" -gt 0 ] || { echo "no stored article to copy: run load/http.sh on the empty table first"; exit 1; }
missing=$((TARGET - current))
if [ "$missing" -le 0 ]; then
  echo "the table already holds $current articles"
  exit 0
fi

started=$(date +%s)
sql <<SQL
begin;
-- the pending corpus changes first, so the statistics below start from every stored article
with moved as (delete from corpus_change returning language, sign, terms),
sizes as (insert into corpus_size (language, documents) select language, sum(sign) from moved group by language
          on conflict (language) do update set documents = corpus_size.documents + excluded.documents)
insert into term_document_frequency (language, term, documents)
select m.language, t.term, sum(m.sign) from moved m cross join lateral unnest(m.terms) as t(term) group by 1, 2
on conflict (language, term) do update set documents = term_document_frequency.documents + excluded.documents;

create temporary table seed on commit drop as
  select id, row_number() over (order by id) as n from article;
create temporary table copy on commit drop as
  select nextval('article_seq') as id, g, s.id as seed
  from generate_series(1, $missing) as g join seed s on s.n = 1 + g % $current;

insert into article (id, title, body, format, url, source, language, published_at, created_at, updated_at, text_hash)
select c.id, a.title, a.body || ' Archived as ' || c.g || '.', a.format, a.url, 'archive', a.language, a.published_at,
       now() - (c.g || ' seconds')::interval, now() - (c.g || ' seconds')::interval,
       encode(sha256(convert_to(regexp_replace(normalize(btrim(a.body || ' Archived as ' || c.g || '.'), NFKC), '\s+', ' ', 'g'), 'UTF8')), 'hex')
from copy c join article a on a.id = c.seed;

insert into summary (article_id, algorithm, language, options, sentences, sentence_count, word_count, created_at, keywords,
                     language_detected, cleaning)
select c.id, s.algorithm, s.language, s.options, s.sentences, s.sentence_count, s.word_count, now() - (c.g || ' seconds')::interval,
       s.keywords, s.language_detected, s.cleaning
from copy c join summary s on s.article_id = c.seed;

-- each term is in as many of the copies, in proportion, as it is in the articles copied (per language)
create temporary table added on commit drop as
  select a.language, count(*) as n from copy c join article a on a.id = c.seed group by a.language;
update term_document_frequency t set documents = round(t.documents * (z.documents + d.n)::numeric / z.documents)
from corpus_size z join added d on d.language = z.language where z.language = t.language and z.documents > 0;
update corpus_size z set documents = z.documents + d.n from added d where d.language = z.language;
commit;
vacuum analyze article, summary, term_document_frequency;
SQL
echo "added $missing archived articles in $(( $(date +%s) - started )) s; the table holds $(sql -c 'select count(*) from article')"

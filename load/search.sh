#!/usr/bin/env bash
# Searches and list pages over a large article table, on loopback against the packaged service:
#
#   ./mvnw -q package -DskipTests
#   load/search.sh [rows, default 100000] [long rows, default 1000]
#
# Fills the table, once, to ROWS articles straight in SQL: the 200 development-set articles are
# stored through the API first (so that every copy has a real summary), then copied with a closing
# sentence that makes each text unique. LONG of the copies have texts of nearly 200,000 characters:
# half of them development articles end to end, half the worst case for ranking, one sentence of
# the benchmark's common words over and over, so that every word of a query of them recurs
# hundreds of times. Then it times each request below with curl (a first call, then 5 timed ones,
# each bounded by --max-time 10) and prints its status, median and slowest time and answer size;
# the ranked search's SQL is timed in psql too, with 35 words (the API takes 32) and within 30 s,
# ranked on rank_vector as the service does and on the full search_vector as it did before V9.
#
# BENCH_REMIGRATE=1 takes migration V9 back out of a filled table before the service starts, so
# that Flyway applies it again to every row; the time it took is in Flyway's log line, printed.
# Needs curl, psql and python3; the QUARKUS_DATASOURCE_* variables name the database (default: see
# load/service.sh). Give it a database of its own: the rows it adds stay.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-100000}
LONG=${2:-1000}
PORT=${BENCH_PORT:-18282}
# shellcheck source=load/service.sh
. load/service.sh
JAVA_OPTS=$(bench_java_opts)
OUT=target/load
# the supported languages, in the service's order (dev.precis.text.Language)
LANGUAGES=en,de,fr,es,it,pt,nl,da,sv,no,fi,hu,ru,id,ro,tr,ca,ar,el,bg,cs,fa,hi,zh,ja,ko,th
API="http://127.0.0.1:$PORT/api/v1/articles"
mkdir -p "$OUT"

# the words of the worst-case texts and of the searches for them: frequent in news, none a stopword
COMMON=(said year people time world last first made three told home back government london says police million
        week company public country family children number report money school plans found market local health
        team club news)
words() { echo "${COMMON[@]:0:$1}"; }
or_words() { local w; w=$(words "$1"); echo "${w// / or }"; }
# 32 long words in 500 characters, some in quotes: a long query the API accepts
Q500='"accountability administration" administrative breastfeeding "championships characteristically" circumstances communications controversial counterproductive "disproportionately entertainment" entrepreneurial grandchildren implementation international internationally investigation investigations investigators "manufacturing misunderstanding" opportunities organisations professionally recommendations representation representatives "responsibilities responsibility" telecommunications transportation'

echo "== $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

if [ "${BENCH_REMIGRATE:-0}" = 1 ]; then
  sql -c "alter table article drop column rank_vector" -c "delete from flyway_schema_history where version = '9'"
  echo "migration V9 taken back out of $(sql -c 'select count(*) from article') articles; the service applies it again"
fi

start_service "$OUT/search-service.log" MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
await_ready
grep -o 'Migrating schema .* to version "9.*\|Successfully applied .*' "$OUT/search-service.log" || true

if [ "$(sql -c 'select count(*) from article')" -eq 0 ]; then
  load/bodies.py "$OUT/bodies.jsonl"
  while IFS= read -r body; do
    curl -sf -o /dev/null --max-time 10 -H 'Content-Type: application/json' --data-binary "${body%\}}, \"source\": \"seed\"}" "$API" \
      || { echo "FAIL: could not store a development article"; exit 1; }
  done < "$OUT/bodies.jsonl"
  echo "stored the $(sql -c 'select count(*) from article') development articles"
fi

current=$(sql -c "select count(*) from article")
missing=$((ROWS - current))
if [ "$missing" -gt 0 ]; then
  started=$(date +%s)
  sql <<SQL
begin;
create temporary table seed on commit drop as
  select id, row_number() over (order by id) as n from article where source = 'seed';
create temporary table copy on commit drop as
  select nextval('article_seq') as id, g, s.id as seed,
         case when g > $missing - $LONG / 2 then 'long-repeated' when g > $missing - $LONG then 'long' else 'archive' end as kind
  from generate_series(1, $missing) as g join seed s on s.n = 1 + g % (select count(*) from seed);
-- the long texts open with the seed's own text, so its summary's offsets still point into them
create temporary table long_text on commit drop as
  select c.id, left(a.body || E'\n\n' || (select string_agg(o.body, E'\n\n' order by o.id) from article o
                                          where o.source = 'seed' and o.id % 3 = c.g % 3), 199800) as body
  from copy c join article a on a.id = c.seed where c.kind = 'long';
insert into long_text
  select c.id, left('Record ' || c.g || '. ' || repeat(initcap('$(words 35)') || '. ', 10000), 199800)
  from copy c where c.kind = 'long-repeated';
insert into article (id, title, body, format, url, source, language, published_at, created_at, updated_at, text_hash)
select c.id, a.title, t.body || ' Archived as ' || c.g || '.', a.format, a.url, c.kind, a.language, a.published_at,
       now() - (c.g || ' seconds')::interval, now() - (c.g || ' seconds')::interval,
       encode(sha256(convert_to(regexp_replace(normalize(btrim(t.body || ' Archived as ' || c.g || '.'), NFKC), '\s+', ' ', 'g'), 'UTF8')), 'hex')
from copy c join article a on a.id = c.seed
     cross join lateral (select coalesce((select l.body from long_text l where l.id = c.id), a.body) as body) as t;
insert into summary (article_id, algorithm, language, options, sentences, sentence_count, word_count, created_at, keywords,
                     language_detected, cleaning)
select c.id, s.algorithm, s.language, s.options, s.sentences, s.sentence_count, s.word_count, now() - (c.g || ' seconds')::interval,
       s.keywords, s.language_detected, s.cleaning
from copy c join summary s on s.article_id = c.seed;
commit;
vacuum analyze article, summary;
SQL
  echo "added $missing articles ($LONG long) in $(( $(date +%s) - started )) s"
fi
echo "articles: $(sql -c "select count(*) || ' (' || count(*) filter (where length(body) > 150000) || ' of nearly 200,000 characters)' from article")"

# status, median and slowest time of 5 calls after a first one, and the answer's size
time_request() { # name path
  local name=$1 path=$2 results
  curl -s -o /dev/null --max-time 10 "http://127.0.0.1:$PORT$path" || true
  results=$(for _ in 1 2 3 4 5; do
    curl -s -o /dev/null --max-time 10 -w '%{http_code} %{time_total} %{size_download}\n' "http://127.0.0.1:$PORT$path" || echo "000 10 0"
  done | sort -k2 -n)
  echo "$results" | awk -v name="$name" '{ s[NR] = $1; t[NR] = $2 * 1000; b[NR] = $3 }
    END { printf "%-58s %s  median %7.1f ms  max %7.1f ms  %9d bytes\n", name, s[3], t[3], t[5], b[3] }'
}
enc() { python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1], safe=""))' "$1"; }

echo "== requests (status, median and slowest of 5, answer size)"
time_request "list, 20 newest" "/api/v1/articles"
time_request "list, 100 newest" "/api/v1/articles?limit=100"
time_request "list, 100 long articles" "/api/v1/articles?limit=100&source=long"
time_request "list, 100 long articles, fields=text" "/api/v1/articles?limit=100&source=long&fields=text"
time_request "search q of 500 characters (32 words)" "/api/v1/articles?q=$(enc "$Q500")"
time_request "search q of 500 characters, language=en" "/api/v1/articles?language=en&q=$(enc "$Q500")"
time_request "search q of 32 common words" "/api/v1/articles?q=$(enc "$(words 32)")"
time_request "search q of 32 common words, language=en" "/api/v1/articles?language=en&q=$(enc "$(words 32)")"
time_request "search q of 16 common words joined by or (31 words)" "/api/v1/articles?q=$(enc "$(or_words 16)")"
time_request "search q=said (one word in most articles)" "/api/v1/articles?q=said"
time_request "search q=government" "/api/v1/articles?q=government"
time_request "search q of 35 common words (refused)" "/api/v1/articles?q=$(enc "$(words 35)")"

echo "== the ranked search's SQL in psql: milliseconds on rank_vector (now) and on search_vector (before V9)"
ranked_sql() { # vector, query: the service's SQL for the first page of a search without filters
  cat <<SQL
with q as materialized (select l.codes, array(select websearch_to_tsquery(article_search_config(c.code), \$\$$2\$\$)
                                              from unnest(l.codes) with ordinality as c(code, n) order by c.n) as parsed
                        from (select string_to_array('$LANGUAGES', ',') as codes) as l)
select count(*) from (select hit.id from (select a.id, ts_rank(a.$1, coalesce(q.parsed[array_position(q.codes, cast(a.language as text))],
        websearch_to_tsquery(article_search_config(a.language), \$\$$2\$\$))) as rank from article a cross join q
      where a.search_vector @@ article_search_query(\$\$$2\$\$) and a.search_vector @@ coalesce(q.parsed[array_position(q.codes,
        cast(a.language as text))], websearch_to_tsquery(article_search_config(a.language), \$\$$2\$\$))) as hit
      order by hit.rank desc, hit.id desc limit 21) as page;
SQL
}
time_sql() { # name query
  local rank full
  rank=$( (echo '\timing on'; ranked_sql rank_vector "$2"; ranked_sql rank_vector "$2") | psql "$PSQL_URL" -qtA | grep -o 'Time: [0-9.]*' | tail -1 | cut -d' ' -f2)
  full=$( (echo '\timing on'; echo 'set statement_timeout = 30000;'; ranked_sql search_vector "$2") | psql "$PSQL_URL" -qtA | grep -o 'Time: [0-9.]*' | tail -1 | cut -d' ' -f2)
  printf "%-58s rank_vector %9.1f ms   search_vector %9.1f ms\n" "$1" "$rank" "$full"
}
time_sql "35 common words" "$(words 35)"
time_sql "32 common words" "$(words 32)"
time_sql "16 common words" "$(words 16)"
time_sql "35 common words joined by or" "$(or_words 35)"
time_sql "said" "said"

echo "== 48 pages of 100 long articles with their texts at once"
rss() { rss_mib; }
before=$(rss)
seq 1 48 | xargs -P 48 -I{} curl -s -o /dev/null --max-time 30 -w '%{http_code} %{size_download}\n' \
  "$API?limit=100&source=long&fields=text" | sort | uniq -c | awk '{ printf "%s answers %s of %s bytes\n", $1, $2, $3 }'
echo "RSS before $before MiB, after $(rss) MiB"

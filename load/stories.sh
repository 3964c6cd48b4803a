#!/usr/bin/env bash
# What near copies and stories add to a store at a given number of stored articles, from the
# service's own timers (precis.nearcopies.lookup, precis.stories.profile, precis.stories.join):
#
#   ./mvnw -q package -DskipTests && load/stories.sh 100000 [OWN_TERMS, default 20]
#
# Needs python3 and a PostgreSQL database of its own, which the script empties first
# (QUARKUS_DATASOURCE_*; by default the local database precis_stories, owner precis).
#  1. Starts the packaged service on the empty database and stores the 200 development-set
#     articles: 200 stories and the corpus statistics.
#  2. Stops it and fills the tables to ROWS articles in SQL: load/fill.sh's archived copies of those
#     articles, each with 32 random band keys (the near-copy index holds ROWS entries), and one story
#     for every three archived articles, its centroid a copy of one of the 200 stories' with its
#     OWN_TERMS heaviest terms made its own (a story's heaviest terms are the names of its event,
#     which few other stories hold; its other terms are shared in the proportions real stories
#     share them); every story is open, since the archive spans about a day.
#  3. Starts the service again and stores each article's even sentences (to warm the JIT up), then
#     its odd sentences (measured): each a new report of a known event, which goes through the
#     whole near-copy look-up and story step, one store at a time.
set -euo pipefail
cd "$(dirname "$0")/.."

ROWS=${1:-100000}
# how many of each archived story's heaviest centroid terms are its own; 0 copies the model's centroid whole
OWN_TERMS=${2:-20}
PORT=${BENCH_PORT:-18383}
# the heap of the earlier measurements in docs/BENCHMARKS.md
export JAVA_OPTS=${JAVA_OPTS:--Xms256m -Xmx256m}
export QUARKUS_DATASOURCE_JDBC_URL=${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/precis_stories}
# shellcheck source=load/service.sh
. load/service.sh
OUT=target/load
mkdir -p "$OUT"
BASE="http://127.0.0.1:$PORT"
METRICS="http://127.0.0.1:$MANAGEMENT_PORT/q/metrics"

echo "== $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
sql -c "drop schema public cascade; create schema public"
start_service "$OUT/stories-service.log"
await_ready
load/stories.py "$BASE" "$METRICS" all
kill "$SERVICE_PID"; wait "$SERVICE_PID" || true

QUARKUS_DATASOURCE_JDBC_URL=$DB_URL load/fill.sh "$ROWS"
started=$(date +%s)
sql <<SQL
begin;
update article set band_keys = (select array_agg((random() * 1.8e19 - 9.0e18)::bigint) from generate_series(1, 32) as k where k > 0 * article.id)
where source = 'archive';
create temporary table model on commit drop as select id, row_number() over (order by id) - 1 as n from story;
create temporary table archived on commit drop as
  select nextval('story_seq') as id, g, m.id as model
  from generate_series(1, (select count(*) from article where source = 'archive') / 3) as g
  join model m on m.n = g % (select count(*) from model);
-- the models' centroid terms, heaviest first; a story's OWN_TERMS heaviest terms are its own (the
-- names of its event), the others it shares with its model
create temporary table model_term on commit drop as
  select s.id as story_id, u.term, u.sum, row_number() over (partition by s.id order by u.sum desc, u.term) as rank
  from story s cross join lateral unnest(s.terms, s.sums) as u(term, sum);
create temporary table archived_term on commit drop as
  select a.id as story_id, case when t.rank <= $OWN_TERMS then t.term || '~' || a.id else t.term end as term, t.sum, t.rank
  from archived a join model_term t on t.story_id = a.model;
create temporary table archived_centroid on commit drop as
  select story_id, array_agg(term order by term) as terms, array_agg(sum order by term) as sums from archived_term group by story_id;
insert into story (id, language, size, first_at, latest_at, closes_at, headline, terms, sums, norm, version, created_at, updated_at)
select a.id, s.language, 3, now() - ((a.g * 3 + 2) || ' seconds')::interval, now() - ((a.g * 3) || ' seconds')::interval,
       now() - ((a.g * 3) || ' seconds')::interval + interval '60 days', s.headline, c.terms, c.sums, s.norm, 1, now(), now()
from archived a join story s on s.id = a.model join archived_centroid c on c.story_id = a.id;
-- the term index: each story's 20 heaviest terms (CandidateRule.DEFAULT.storyTerms) with their unit weights
insert into story_term (story_id, language, term, weight, closes_at)
select t.story_id, s.language, t.term, t.sum / s.norm, s.closes_at
from archived_term t join story s on s.id = t.story_id where t.rank <= 20;
commit;
SQL
sql -c "vacuum analyze article, story, story_term"
echo "archive: $(sql -c 'select count(*) from article') articles, $(sql -c 'select count(*) from story') stories," \
  "$(sql -c 'select count(*) from story_term') term index entries, filled in $(( $(date +%s) - started )) s"

last_story=$(sql -c "select max(id) from story")
start_service "$OUT/stories-service.log"
await_ready
load/stories.py "$BASE" "$METRICS" even odd
echo "the 400 reports started $(sql -c "select count(*) from story where id > $last_story") stories; of the 200 measured," \
  "$(sql -c "select count(*) from story_article a join story s on s.id = a.story_id where a.article_id in (select id from article order by id desc limit 200) and s.id <= $last_story") joined a story stored before them"
kill "$SERVICE_PID"; wait "$SERVICE_PID" || true

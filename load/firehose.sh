#!/usr/bin/env bash
# Stores at full speed with events on, and checks that the outbox keeps up and nothing is lost: the
# packaged service publishes to the local RabbitMQ, a consumer of its own (a queue bound to the
# exchange precis.articles with "#", declared before the load) collects every event, and wrk
# posts new texts for the duration (load/firehose.lua: each text drawn at random from the
# sentences of the 200 development-set articles, so none was stored before or is a near copy of
# another), recording the id of every article it was answered 201 for.
#
#   ./mvnw -q package -DskipTests && load/firehose.sh [duration, default 60s] [connections, default 32] [mode: articles|batch]
#
# Prints the store rate and latency, then checks, and exits 1 when one fails:
#   - every request was answered 201 (200 with every item "created" in batch mode) or 503 (the
#     service shedding load: not acknowledged, a client retries it), no socket error;
#   - every acknowledged id is an article of the table, with its summary, acknowledged once; the
#     run stored each text once (a request cut off by the end of the run may be stored unanswered);
#   - no event written more than one relay interval (PRECIS_EVENTS_RELAY_INTERVAL, default 1s)
#     before the load stopped was still unpublished then (the count of those unpublished is printed
#     beside one interval's worth at the rate the relay published during the run);
#   - the outbox drains and every article is placed in its story within 120 s, and every event the run put into the outbox arrived at the
#     consumer, among them an article.created event for every acknowledged id (duplicates, allowed
#     by at-least-once delivery, are counted apart);
# and prints the events by routing key and the delay from each write (occurredAt) to its arrival.
# The database, ports and JVM options are load/service.sh's and BENCH_JAVA_OPTS, as in
# load/http.sh (use a database of its own: QUARKUS_DATASOURCE_JDBC_URL); PRECIS_EVENTS_* variables
# reach the service. Needs wrk, python3, psql and RabbitMQ at RABBITMQ_HOST/PORT (default the local
# one, guest). The files of a run stay in target/load/firehose-<run>/.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-60s}
CONNECTIONS=${2:-32}
MODE=${3:-articles}
PORT=${BENCH_PORT:-18282}
# shellcheck source=load/service.sh
. load/service.sh
JAVA_OPTS=$(bench_java_opts)
# shellcheck source=load/collector.sh
. load/collector.sh
RUN="firehose-$(date +%s)-$$"
OUT=target/load/$RUN
mkdir -p "$OUT"
load/sentences.py "$OUT/sentences.txt"
[ -f target/test-classes/dev/precis/load/EventCollector.class ] || { echo "FAIL: compile the tools first (./mvnw -q package -DskipTests)"; exit 1; }

interval=${PRECIS_EVENTS_RELAY_INTERVAL:-1s}
case $interval in
  *ms) interval_s=$(awk -v v="${interval%ms}" 'BEGIN {print v / 1000}') ;;
  *s) interval_s=${interval%s} ;;
  *) interval_s=$interval ;;
esac
pending() { sql -c "select count(*) from article_event where published_at is null"; }
# articles not yet placed in a story: their story events are still to come
unplaced() { sql -c "select count(*) from story_pending"; }

start_service "$OUT/service.log" PRECIS_EVENTS_ENABLED=true MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
await_ready
echo "== $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); articles in the table: $(sql -c "select count(*) from article")"
echo "JVM options: ${JAVA_OPTS:-(none)}; $MODE for $DURATION at $CONNECTIONS connections; relay interval ${interval_s}s"
for _ in $(seq 1 600); do [ "$(pending)" -eq 0 ] && break; sleep 0.2; done
[ "$(pending)" -eq 0 ] || { echo "FAIL: an earlier backlog did not drain within 120 s"; exit 1; }

# the consumer binds its queue before the first store; events of earlier runs are set apart
after=$(sql -c "select coalesce(max(id), 0) from article_event")
start_collector "$OUT" "$after"

started=$(sql -c "select now()")
BENCH_MODE=$MODE BENCH_RUN=$RUN BENCH_SENTENCES="$OUT/sentences.txt" BENCH_IDS="$OUT" \
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s load/firehose.lua "http://127.0.0.1:$PORT" > "$OUT/wrk.txt"
stopped=$(sql -c "select now()")
# the backlog, and how much of it was written within the last relay interval before the stop: a
# batch's events enter the outbox together, at its commit, so its last commits can leave more than
# one interval's worth at the run's mean rate however fast the relay is
read -r backlog recent <<< "$(sql -F ' ' -c "select count(*), count(*) filter (where created_at > timestamptz '$stopped' - make_interval(secs => $interval_s))
  from article_event where published_at is null")"
published=$(sql -c "select count(*) from article_event where id > $after and published_at <= '$stopped'")
load_at_end=$(cut -d' ' -f1-3 /proc/loadavg)
result=$(grep '^RESULT' "$OUT/wrk.txt")
echo "$result"
seconds=$(sql -c "select extract(epoch from timestamptz '$stopped' - timestamptz '$started')")
drain_from=$(date +%s%N)
# the queue first: once no article waits for its story, every story event is in the outbox, and an
# empty outbox read after that is the end (read the other way round, the assigner's last batch
# could commit its events between the two reads)
while [ "$(unplaced)" -gt 0 ] || [ "$(pending)" -gt 0 ]; do
  [ $(( ($(date +%s%N) - drain_from) / 1000000000 )) -lt 120 ] || break
  sleep 0.1
done
left=$(pending)
unplaced_left=$(unplaced)
# the last confirmed events are on their way to the consumer
sleep 1
drained=$(( ($(date +%s%N) - drain_from) / 1000000 ))
stop_collector
received=$(grep -v '^ready$' "$OUT/collector.txt")
figure() { echo "$received" | awk -v k="$1" '$1 == k {print $2}'; }

cat "$OUT"/ids-*.txt > "$OUT/acknowledged.txt"
acknowledged=$(wc -l < "$OUT/acknowledged.txt")
# one session: the acknowledged ids go into a temporary table to be compared with the article table
checked=$(psql "$PSQL_URL" -v ON_ERROR_STOP=1 -qtA -F ' ' <<SQL
create temporary table acknowledged (id bigint);
\copy acknowledged from '$OUT/acknowledged.txt'
select (select count(distinct id) from acknowledged),
       (select count(*) from (select distinct k.id from acknowledged k join article a on a.id = k.id join summary s on s.article_id = a.id) f),
       (select count(*) from article where source = '$RUN'),
       (select count(distinct text_hash) from article where source = '$RUN'),
       (select count(*) from article_event where id > $after);
SQL
)
read -r distinct_acked found stored distinct_texts outbox <<< "$checked"
sql -c "select id from article_event where id > $after" | sort > "$OUT/outbox-ids.txt"
missing_events=$(sort "$OUT/event-ids.txt" | comm -23 "$OUT/outbox-ids.txt" - | wc -l)
sort -u "$OUT/created-ids.txt" > "$OUT/created-distinct.txt"
sort -u "$OUT/acknowledged.txt" | comm -23 - "$OUT/created-distinct.txt" > "$OUT/missing-created.txt"
missing_created=$(wc -l < "$OUT/missing-created.txt")
rate=$(awk -v n="$published" -v s="$seconds" 'BEGIN {printf "%.0f", n / s}')
allowed=$(awk -v r="$rate" -v i="$interval_s" 'BEGIN {printf "%.0f", r * i}')

echo "acknowledged: $acknowledged articles ($(awk -v n="$acknowledged" -v s="$seconds" 'BEGIN {printf "%.0f", n / s}')/s);" \
  "stored by the run: $stored ($distinct_texts distinct texts)"
echo "outbox: $backlog events unpublished when the load stopped, $recent of them written within the last interval (one interval's worth at the relay's $rate events/s" \
  "during the run: $allowed); $left left ${drained} ms later; load average at the end of the load $load_at_end"
echo "events: $outbox put into the outbox by the run, $(figure distinct) received, $(figure duplicates) duplicate deliveries;" \
  "$(echo "$received" | awk '$1 ~ /^key:/ {sub(/^key:/, "", $1); printf "%s%s %s", sep, $1, $2; sep = ", "}');" \
  "$(figure earlier) of earlier runs set apart"
echo "delay from write to arrival: p50 $(figure delay_p50_ms) ms, p99 $(figure delay_p99_ms) ms, max $(figure delay_max_ms) ms"

failed=0
fail() { echo "FAIL: $*"; failed=1; }
requests=$(echo "$result" | grep -o '"requests": [0-9]*' | awk '{print $2}')
statuses=$(echo "$result" | grep -o '"statuses": {[^}]*}')
if [ "$MODE" = batch ]; then
  answered=$(echo "$statuses" | grep -o '"200": [0-9]*' | awk '{print $2}' || true)
else
  answered=$(echo "$statuses" | grep -o '"201": [0-9]*' | awk '{print $2}' || true)
fi
# a 503 (with Retry-After) is the service shedding load: not acknowledged, so a client sends it again
# (a status that never came is no match: "|| true", or the script would end here under set -e without a word)
busy=$(echo "$statuses" | grep -o '"503": [0-9]*' | awk '{print $2}' || true)
[ $(( ${answered:-0} + ${busy:-0} )) -eq "$requests" ] \
  || fail "$requests requests, ${answered:-0} answered $([ "$MODE" = batch ] && echo 200 || echo 201): $statuses"
[ "${busy:-0}" -eq 0 ] || echo "note: ${busy} requests answered 503 (overload, not acknowledged)"
echo "$result" | grep -q '"socket_errors": 0, "timeouts": 0' || fail "socket errors or timeouts: $result"
[ "$acknowledged" -gt 0 ] || fail "nothing acknowledged"
grep -qv '^[0-9][0-9]*$' "$OUT/acknowledged.txt" && fail "an answer without the article's id"
[ "$distinct_acked" -eq "$acknowledged" ] || fail "$acknowledged acknowledgements for $distinct_acked ids"
[ "$found" -eq "$distinct_acked" ] || fail "$distinct_acked acknowledged ids, $found in the article table with their summary"
[ "$distinct_texts" -eq "$stored" ] || fail "$stored articles stored for $distinct_texts texts"
[ "$stored" -ge "$acknowledged" ] && [ "$stored" -le $((acknowledged + CONNECTIONS * ($([ "$MODE" = batch ] && echo 100 || echo 1)))) ] \
  || fail "$stored stored for $acknowledged acknowledged"
# the outbox keeps up when nothing written more than one relay interval before the stop is still
# waiting: what a relay that keeps up leaves is what was committed since its last pass, anywhere
# from none to one interval's production (so a count against one interval's worth at the mean rate
# fails by chance whenever the last second wrote more than the mean; it is printed, not checked)
stale=$((backlog - recent))
[ "$stale" -eq 0 ] || fail "$stale events written more than one relay interval before the load stopped were still unpublished"
[ "$left" -eq 0 ] || fail "$left events still unpublished 120 s after the load stopped"
[ "$unplaced_left" -eq 0 ] || fail "$unplaced_left articles still waiting for their story 120 s after the load stopped"
[ "$missing_events" -eq 0 ] || fail "$missing_events of the run's $outbox events never arrived"
[ "$missing_created" -eq 0 ] || fail "$missing_created acknowledged articles without an article.created event (ids in $OUT/missing-created.txt)"
[ "$failed" -eq 0 ] && echo "OK: every acknowledged article stored once with its summary, the outbox kept up, every event delivered"
exit "$failed"

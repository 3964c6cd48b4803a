#!/usr/bin/env bash
# How fast the event relay drains a backlog, on its own: the packaged service runs with events on
# against the local RabbitMQ and nothing else to do; a consumer of its own (a queue bound to the
# exchange precis.articles with "#") listens; then one SQL statement puts N events into the outbox
# at once, half article events and half story events shaped like the service's, and the script
# waits until the relay has published them all.
#
#   ./mvnw -q package -DskipTests && load/relay.sh [events, default 20000] [runs, default 1]
#
# Prints, for each run, the publish rate (events over the span from the first batch's publication
# to the last's, from published_at), the time from the insert's commit until nothing was pending
# (it includes the wait for the relay's next run, up to one relay interval), the service's CPU time
# per 1,000 events, and what the consumer received: every event once (duplicates are counted
# apart), and the largest delay from insert to arrival. Exits 1 when an event did not arrive. The
# database, ports and JVM options are load/service.sh's and BENCH_JAVA_OPTS, as in load/http.sh;
# SERVICE_APP names another build's target/quarkus-app to compare with. The events stay in the
# outbox table (published) until the relay's retention removes them: use a database of its own
# (QUARKUS_DATASOURCE_JDBC_URL).
set -euo pipefail
cd "$(dirname "$0")/.."

EVENTS=${1:-20000}
RUNS=${2:-1}
PORT=${BENCH_PORT:-18282}
# shellcheck source=load/service.sh
. load/service.sh
JAVA_OPTS=$(bench_java_opts)
# shellcheck source=load/collector.sh
. load/collector.sh
OUT=target/load/relay-$(date +%s)-$$
mkdir -p "$OUT"
[ -f target/test-classes/dev/precis/load/EventCollector.class ] || { echo "FAIL: compile the tools first (./mvnw -q package -DskipTests)"; exit 1; }

pending() { sql -c "select count(*) from article_event where published_at is null"; }
cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVICE_PID/stat"; }

start_service "$OUT/service.log" PRECIS_EVENTS_ENABLED=true
await_ready
echo "== $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); service $SERVICE_APP"
echo "JVM options: ${JAVA_OPTS:-(none)}; $EVENTS events a run"
for _ in $(seq 1 600); do [ "$(pending)" -eq 0 ] && break; sleep 0.2; done
[ "$(pending)" -eq 0 ] || { echo "FAIL: an earlier backlog did not drain within 120 s"; exit 1; }

failed=0
for run in $(seq 1 "$RUNS"); do
  after=$(sql -c "select coalesce(max(id), 0) from article_event")
  start_collector "$OUT" "$after"
  ticks=$(cpu_ticks)
  # one statement: the whole backlog becomes visible to the relay at once
  sql -c "insert into article_event (topic, article_id, story_id, kind, payload, created_at)
    select case when g % 2 = 0 then 'article' else 'story' end,
           case when g % 2 = 0 then 900000000 + g end, case when g % 2 = 1 then 900000000 + g end, 'created',
           case when g % 2 = 0 then jsonb_build_object('kind', 'created', 'occurredAt', t, 'id', 900000000 + g,
               'externalId', 'relay-bench:' || g, 'url', 'https://news.example.com/relay-bench/' || g,
               'title', 'Council approves the budget after a long debate ' || g, 'source', 'relay-bench', 'language', 'en',
               'publishedAt', t, 'updatedAt', t, 'summary', repeat('The council approved the budget after a three-hour debate on Monday. ', 5),
               'copyOf', null, 'storyId', 900000000 + g)
           else jsonb_build_object('kind', 'created', 'occurredAt', t, 'id', 900000000 + g, 'language', 'en', 'size', 1,
               'firstAt', t, 'latestAt', t, 'headline', 'Council approves the budget after a long debate ' || g, 'version', 1,
               'articleId', 900000000 + g) end,
           now()
    from generate_series(1, $EVENTS) g, (select to_char(now() at time zone 'utc', 'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"') t) n"
  committed=$(date +%s%N)
  while [ "$(pending)" -gt 0 ]; do
    [ $(( ($(date +%s%N) - committed) / 1000000000 )) -lt 300 ] || { echo "FAIL: the outbox did not drain within 300 s"; exit 1; }
    sleep 0.05
  done
  drained=$(( ($(date +%s%N) - committed) / 1000000 ))
  cpu_ms=$(( ($(cpu_ticks) - ticks) * 1000 / $(getconf CLK_TCK) ))
  stop_collector
  received=$(grep -v '^ready$' "$OUT/collector.txt")
  figure() { echo "$received" | awk -v k="$1" '$1 == k {print $2}'; }
  span=$(sql -c "select extract(epoch from max(published_at) - min(published_at)) from article_event where id > $after")
  batches=$(sql -c "select count(distinct published_at) from article_event where id > $after")
  rate=$(awk -v n="$EVENTS" -v b="$batches" -v s="$span" 'BEGIN { if (s > 0) printf "%.0f", n * (b - 1) / b / s; else print "-" }')
  echo "run $run: $EVENTS events published at $rate events/s ($batches batches over ${span}s), nothing pending ${drained} ms" \
    "after the insert; service CPU $(( cpu_ms * 1000 / EVENTS )) ms per 1,000 events; received $(figure distinct) distinct," \
    "$(figure duplicates) duplicates; delay from insert to arrival p50 $(figure delay_p50_ms) ms, max $(figure delay_max_ms) ms;" \
    "load $(cut -d' ' -f1 /proc/loadavg)"
  [ "$(figure distinct)" -eq "$EVENTS" ] || { echo "FAIL: $EVENTS events published, $(figure distinct) received"; failed=1; }
done
exit "$failed"

#!/usr/bin/env bash
# Stores at full speed with events on, then checks that nothing was lost on the way to a consumer:
# a 60 s run of POST /api/v1/articles (each a new text) against the packaged service publishing to
# the local RabbitMQ, with a consumer of its own counting what arrives.
#
#   ./mvnw -q package -DskipTests && load/events.sh [duration, default 60s] [connections, default 32] [mode: articles|batch]
#
# Prints the store rate, the events still waiting in the outbox when the load stops (the relay's
# backlog), how long the outbox then took to drain, and the checks: every acknowledged article
# stored once, and a created event delivered for each. Exits 1 when a check fails. Needs wrk,
# python3, a PostgreSQL server (load/service.sh) and RabbitMQ at RABBITMQ_HOST/PORT (default the
# local one, guest). The service's JVM options come from BENCH_JAVA_OPTS, as in load/http.sh.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-60s}
CONNECTIONS=${2:-32}
MODE=${3:-articles}
PORT=${BENCH_PORT:-18282}
JAVA_OPTS=${BENCH_JAVA_OPTS--Xms96m -Xmx96m -XX:+UseSerialGC -Xss512k}
# shellcheck source=load/service.sh
. load/service.sh
OUT=target/load
RUN="events-$(date +%s)-$$"
mkdir -p "$OUT"
load/bodies.py "$OUT/bodies.jsonl"
[ -s "$OUT/classpath.txt" ] || ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$OUT/classpath.txt"

start_service "$OUT/events-service.log" PRECIS_EVENTS_ENABLED=true
await_ready
echo "== $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); articles in the table: $(sql -c "select count(*) from article")"
echo "JVM options: ${JAVA_OPTS:-(none)}; $MODE for $DURATION at $CONNECTIONS connections"

# the consumer binds its queue before the first store, and stops 15 s after the last event
coproc COUNTER { exec java -cp "target/test-classes:target/classes:$(cat "$OUT/classpath.txt")" dev.precis.load.EventCounter "$RUN" 15 900; }
read -r ready <&"${COUNTER[0]}"
[ "$ready" = ready ] || { echo "FAIL: the event consumer did not start"; exit 1; }

BENCH_MODE=$MODE BENCH_RUN=$RUN BENCH_BODIES="$OUT/bodies.jsonl" \
  wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s load/http.lua "http://127.0.0.1:$PORT" > "$OUT/events-wrk.txt"
stopped=$(date +%s%N)
backlog=$(sql -c "select count(*) from article_event where published_at is null")
echo "$(grep '^RESULT' "$OUT/events-wrk.txt")"
while [ "$(sql -c "select count(*) from article_event where published_at is null")" -gt 0 ]; do
  [ $(( ($(date +%s%N) - stopped) / 1000000000 )) -lt 300 ] || { echo "FAIL: the outbox did not drain within 300 s"; exit 1; }
  sleep 0.2
done
drained=$(( ($(date +%s%N) - stopped) / 1000000 ))
read -r counted <&"${COUNTER[0]}"
echo "$counted"

stored=$(sql -c "select count(*) from article where source = '$RUN'")
distinct=$(sql -c "select count(distinct text_hash) from article where source = '$RUN'")
seconds=$(grep -o '"seconds": [0-9.]*' "$OUT/events-wrk.txt" | awk '{print $2}')
# in batch mode http.lua counts each item answered "created" as a 201
acknowledged=$( { grep -o '"201": [0-9]*' "$OUT/events-wrk.txt" || true; } | awk '{print $2}')
delivered=$(echo "$counted" | grep -o 'articles created [0-9]*' | awk '{print $3}')
echo "stored: $stored articles ($(awk -v n="$stored" -v s="$seconds" 'BEGIN {printf "%.0f", n / s}')/s), acknowledged ${acknowledged:-0}, distinct texts $distinct"
echo "outbox: $backlog events waiting when the load stopped, drained $drained ms later; RSS $(rss_mib) MiB"

failed=0
[ "${acknowledged:-0}" -le "$stored" ] || { echo "FAIL: $acknowledged acknowledged, $stored stored"; failed=1; }
[ "$distinct" -eq "$stored" ] || { echo "FAIL: $stored stored rows for $distinct texts"; failed=1; }
[ "${delivered:-0}" -eq "$stored" ] || { echo "FAIL: $stored stored, created events delivered for ${delivered:-0}"; failed=1; }
[ "$failed" -eq 0 ] && echo "OK: every acknowledged article stored once, a created event delivered for each"
exit "$failed"

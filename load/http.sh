#!/usr/bin/env bash
# HTTP load on loopback against the packaged service, each run bounded in time: the time from the
# process's start to the first summary it serves, then (after a warm-up) a run of each kind of
# request in load/http.lua at a fixed number of connections, and the service's RSS after them.
#
#   ./mvnw -q package -DskipTests && load/http.sh [duration of each run, default 30s] [connections, default 32]
#
# Needs wrk (Debian package "wrk"), python3 and a PostgreSQL server: see load/service.sh for the
# database and ports. The service runs with the shipped JVM options (those of
# src/main/docker/Dockerfile.jvm: a 192 MB heap with the serial collector; MALLOC_ARENA_MAX=2) unless BENCH_JAVA_OPTS gives others (an empty value:
# the JVM's defaults); BENCH_EXTRA_JAVA_OPTS are added to either, e.g. the AOT cache of the aot
# profile with JAVA=<a JDK 25>/bin/java: BENCH_EXTRA_JAVA_OPTS=-XX:AOTCache=target/quarkus-app/app.aot.
# With -XX:NativeMemoryTracking=summary among them the JVM's own account of its memory after the
# load is written to target/load/nmt.txt. Stored articles stay in the database: load/fill.sh empties
# it or fills it to a given size. docs/BENCHMARKS.md holds the figures of a run.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-30s}
CONNECTIONS=${2:-32}
PORT=${BENCH_PORT:-18282}
# shellcheck source=load/service.sh
. load/service.sh
JAVA_OPTS=$(bench_java_opts)
OUT=target/load
RUN="bench-$(date +%s)-$$"
mkdir -p "$OUT"
load/bodies.py "$OUT/bodies.jsonl"

rows() { sql -c "select count(*) from article"; }
echo "== $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); articles in the table: $(rows)"
echo "JVM options: ${JAVA_OPTS:-(none)}"

start_service "$OUT/service.log" MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"

# the first request served: a summary (so the language models are loaded), tried every 10 ms for at most 60 s
first_body=$(head -n 1 "$OUT/bodies.jsonl")
served=""
for _ in $(seq 1 6000); do
  if curl -sf -o /dev/null -H 'Content-Type: application/json' --data-binary "$first_body" "http://127.0.0.1:$PORT/api/v1/summaries"; then
    served=$(date +%s%N)
    break
  fi
  sleep 0.01
done
[ -n "$served" ] || { echo "FAIL: no summary served within 60 s"; tail -n 20 "$OUT/service.log"; exit 1; }
echo "first summary served $(( (served - SERVICE_STARTED) / 1000000 )) ms after the process started ($(grep -o 'started in [0-9.]*s' "$OUT/service.log"))"

# the service's CPU time so far (user and system, all threads), in clock ticks
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$SERVICE_PID/stat"; }

# the RESULT line of wrk, the service's CPU time per request (its compilations and collections
# included: on cores shared with others this moves much less than the rate) and the load average
run() { # mode duration run-name
  local port=$PORT before requests
  [ "$1" != ceiling ] || port=$MANAGEMENT_PORT
  before=$(cpu_ticks)
  BENCH_MODE=$1 BENCH_RUN=$3 BENCH_BODIES="$OUT/bodies.jsonl" \
    wrk -t2 -c"$CONNECTIONS" -d"$2" --timeout 5s -s load/http.lua "http://127.0.0.1:$port" > "$OUT/$1.txt"
  requests=$(grep -o '"requests": [0-9]*' "$OUT/$1.txt" | awk '{ print $2 }')
  echo "$(grep '^RESULT' "$OUT/$1.txt") service CPU $(awk -v t=$(( $(cpu_ticks) - before )) -v n="${requests:-0}" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%.2f", (n > 0 ? t * 1000 / hz / n : 0) }') ms/request load $(cut -d' ' -f1 /proc/loadavg)"
}

# warm-up: the JIT compiles the hot paths of both endpoints
run summaries ${BENCH_WARMUP:-20s} "$RUN-warmup" > /dev/null
run articles ${BENCH_WARMUP:-10s} "$RUN-warmup" > /dev/null
sleep 2

echo "== $DURATION per run, $CONNECTIONS connections, 2 wrk threads"
run ceiling "$DURATION" "$RUN"
run summaries "$DURATION" "$RUN"
before=$(rows)
run articles "$DURATION" "$RUN"
stored=$(sql -c "select count(*) from article a join summary s on s.article_id = a.id where a.source = '$RUN'")
created=$(grep -o '"201": [0-9]*' "$OUT/articles.txt" | awk '{print $2}')
echo "stores: table had $before articles; answered 201: ${created:-0}; in the database with their summary: $stored"
echo "RSS after the load: $(rss_mib) MiB"
memory_report "$OUT"

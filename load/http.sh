#!/usr/bin/env bash
# HTTP load on loopback against the packaged service, each run bounded in time: the time from the
# process's start to the first summary it serves, then (after a warm-up) a run of each kind of
# request in load/http.lua at a fixed number of connections, and the service's RSS after them.
#
#   ./mvnw -q package -DskipTests && load/http.sh [duration of each run, default 30s] [connections, default 32]
#
# Needs wrk (Debian package "wrk"), python3 and the local PostgreSQL of the Quick start; the
# QUARKUS_DATASOURCE_* variables point it at another database. The service runs with a small
# fixed heap and the serial collector, as a replica with a memory limit would (BENCH_JAVA_OPTS
# overrides them). Stored articles stay in the database: load/fill.sh empties it or fills it to
# a given size. docs/BENCHMARKS.md holds the figures of a run.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-30s}
CONNECTIONS=${2:-32}
PORT=${BENCH_PORT:-18282}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms96m -Xmx96m -XX:+UseSerialGC -Xss512k}
DB_URL=${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/precis}
DB_USER=${QUARKUS_DATASOURCE_USERNAME:-precis}
DB_PASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-precis}
PSQL_URL="postgresql://${DB_USER}:${DB_PASSWORD}@${DB_URL#jdbc:postgresql://}"
OUT=target/load
RUN="bench-$(date +%s)-$$"
mkdir -p "$OUT"
load/bodies.py "$OUT/bodies.jsonl"

rows() { psql "$PSQL_URL" -qtA -c "select count(*) from article"; }
echo "== $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); articles in the table: $(rows)"
echo "JVM options: $JAVA_OPTS"

started=$(date +%s%N)
# shellcheck disable=SC2086
QUARKUS_DATASOURCE_JDBC_URL=$DB_URL QUARKUS_DATASOURCE_USERNAME=$DB_USER QUARKUS_DATASOURCE_PASSWORD=$DB_PASSWORD \
  QUARKUS_HTTP_PORT=$PORT PRECIS_AUTH_ENABLED=false MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2} \
  java $JAVA_OPTS -jar target/quarkus-app/quarkus-run.jar > "$OUT/service.log" 2>&1 &
PID=$!
trap 'kill $PID 2>/dev/null || true' EXIT

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
echo "first summary served $(( (served - started) / 1000000 )) ms after the process started ($(grep -o 'started in [0-9.]*s' "$OUT/service.log"))"

run() { # mode duration run-name
  BENCH_MODE=$1 BENCH_RUN=$3 BENCH_BODIES="$OUT/bodies.jsonl" \
    wrk -t2 -c"$CONNECTIONS" -d"$2" --timeout 5s -s load/http.lua "http://127.0.0.1:$PORT" > "$OUT/$1.txt"
  echo "$(grep '^RESULT' "$OUT/$1.txt") load $(cut -d' ' -f1 /proc/loadavg)"
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
stored=$(psql "$PSQL_URL" -qtA -c "select count(*) from article a join summary s on s.article_id = a.id where a.source = '$RUN'")
created=$(grep -o '"201": [0-9]*' "$OUT/articles.txt" | awk '{print $2}')
echo "stores: table had $before articles; answered 201: ${created:-0}; in the database with their summary: $stored"
rss=$(ps -o rss= -p "$PID" | tr -d ' ')
echo "RSS after the load: $((rss / 1024)) MiB"

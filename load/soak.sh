#!/usr/bin/env bash
# Soak test: mixed traffic on loopback against the packaged service for a bounded time, then the
# checks: no 5xx, every accepted store in the database (none lost), and memory that stays level.
#
#   ./mvnw -q package -DskipTests && load/soak.sh [duration, default 10m] [connections, default 16]
#
# Needs wrk (Debian package "wrk") and a PostgreSQL server (see load/service.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-10m}
CONNECTIONS=${2:-16}
PORT=${SOAK_PORT:-18181}
export SOAK_SOURCE="soak-$(date +%s)-$$"
JAVA_OPTS=${SOAK_JAVA_OPTS:-}
# shellcheck source=load/service.sh
. load/service.sh

start_service target/soak-service.log
await_ready

rss_kb() { ps -o rss= -p "$SERVICE_PID" | tr -d ' '; }

# the first minute warms the service up; its RSS is the reference
SOAK_PHASE=warmup wrk -t2 -c"$CONNECTIONS" -d60s --timeout 10s -s load/soak.lua "http://127.0.0.1:$PORT" > target/soak-warmup.txt
RSS_FIRST=$(rss_kb)
SOAK_PHASE=main wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --timeout 10s -s load/soak.lua "http://127.0.0.1:$PORT" > target/soak-main.txt
RSS_END=$(rss_kb)

total() { cat target/soak-warmup.txt target/soak-main.txt | grep '^SOAK' | { grep -o "\"$1\": [0-9]*" || true; } | awk '{s += $2} END {print s + 0}'; }
created=$(total 201)
errors_5xx=$(total 5xx)
stored=$(psql "$PSQL_URL" -qtA -c "select count(*) from article a join summary s on s.article_id = a.id where a.source like '$SOAK_SOURCE%'")
stored_dup=$(psql "$PSQL_URL" -qtA -c "select count(*) from article where source = '$SOAK_SOURCE-dup'")

echo "== soak: $DURATION + 60s warm-up, $CONNECTIONS connections"
grep '^SOAK\|Requests/sec' target/soak-main.txt
echo "5xx answers:              $errors_5xx"
echo "stores answered 201:      $created (in the database with their summary: $stored; in flight at the cut-off: $((stored - created)))"
echo "rows of the story posted again and again: $stored_dup (expected 1)"
echo "RSS after the first minute: $((RSS_FIRST / 1024)) MiB; at the end: $((RSS_END / 1024)) MiB"
change=$(( (RSS_END - RSS_FIRST) * 100 / RSS_FIRST ))
echo "RSS change: ${change}%"

status=0
[ "$errors_5xx" -eq 0 ] || { echo "FAIL: 5xx answers"; status=1; }
# every 201 is in the database; a few more rows may exist: requests still in flight when wrk
# stopped were completed by the service but their answers were not counted (at most one per
# connection and run)
[ "$stored" -ge "$created" ] || { echo "FAIL: accepted stores missing from the database"; status=1; }
[ $((stored - created)) -le $((2 * CONNECTIONS)) ] || { echo "FAIL: more rows than accepted stores allow"; status=1; }
[ "$stored_dup" -eq 1 ] || { echo "FAIL: the story posted again and again has $stored_dup rows"; status=1; }
[ "${change#-}" -le 10 ] || { echo "FAIL: RSS changed by more than 10%"; status=1; }
exit $status

#!/usr/bin/env bash
# Time to the first summary: starts the packaged service RUNS times (default 5), each time asking
# POST /api/v1/summaries for a summary of a short article every 5 ms from the moment the process
# is started (load/first-answer.py), and prints the time from the start to the first 200 answer, then the median, minimum
# and maximum of the runs, and the CPU time the process had used by then (user and system, all its
# threads), which depends less than the wall time on what else the machine runs. Each run is
# bounded (60 s) and stops its service before the next.
#
#   ./mvnw -q package -DskipTests && load/first-summary.sh [runs, default 5]
#
# The service runs as load/service.sh starts it (database, ports, JAVA, SERVICE_APP); its JVM
# options come from FIRST_JAVA_OPTS (default: none). With the AOT cache of the aot profile (see
# docs/operations.md, "Start-up"):
#
#   JAVA=$JAVA25_HOME/bin/java FIRST_JAVA_OPTS="-XX:AOTCache=target/quarkus-app/app.aot" load/first-summary.sh
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${1:-5}
PORT=${FIRST_PORT:-18282}
JAVA_OPTS=${FIRST_JAVA_OPTS:-}
# shellcheck source=load/service.sh
. load/service.sh
OUT=target/load
mkdir -p "$OUT"

BODY='{"title": "Harbour bridge reopens after repairs", "text": "The harbour bridge reopened to traffic on Tuesday after eight months of repairs. Engineers replaced 40 steel cables and resurfaced the whole deck. The work cost 12 million euros, two million more than planned. Ferry operators, who carried extra passengers during the closure, said they would return to their usual timetable next week. The city council will decide in spring whether to add a lane for bicycles. Local shops near the bridge said trade had fallen by a third while it was closed."}'

echo "== $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
echo "java: $("$JAVA" -version 2>&1 | head -n 1); JVM options: ${JAVA_OPTS:-(none)}; application: $SERVICE_APP"

times=()
cpus=()
for run in $(seq 1 "$RUNS"); do
  log="$OUT/first-summary-$run.log"
  start_service "$log"
  served=""
  if answer=$(load/first-answer.py "$PORT" "$BODY" 60); then
    served=$answer
    cpu=$(awk -v hz="$(getconf CLK_TCK)" '{ printf "%d", ($14 + $15) * 1000 / hz }' "/proc/$SERVICE_PID/stat")
  fi
  kill "$SERVICE_PID" 2>/dev/null || true
  wait "$SERVICE_PID" 2>/dev/null || true
  [ -n "$served" ] || { echo "FAIL: run $run: no summary within 60 s (last answer: $answer)"; tail -n 20 "$log"; exit 1; }
  ms=$(( (served - SERVICE_STARTED) / 1000000 ))
  times+=("$ms")
  cpus+=("$cpu")
  echo "run $run: first summary $ms ms after the process started, $cpu ms of CPU ($(grep -o 'started in [0-9.]*s' "$log" || echo 'no start-up line'))"
done

stats() { # what, values...
  local what=$1
  shift
  printf '%s\n' "$@" | sort -n | awk -v what="$what" '{ t[NR] = $1 } END {
    median = (NR % 2) ? t[(NR + 1) / 2] : (t[NR / 2] + t[NR / 2 + 1]) / 2
    printf "%s over %d runs: median %d ms, min %d ms, max %d ms\n", what, NR, median, t[1], t[NR] }'
}
stats "first summary" "${times[@]}"
stats "CPU time by then" "${cpus[@]}"
echo "load average at the end $(cut -d' ' -f1-3 /proc/loadavg)"

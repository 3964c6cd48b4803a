#!/usr/bin/env bash
# The memory/speed trade-off of the JVM's heap size and collector: load/http.sh once per
# configuration, each on an emptied article table, and one Markdown table of summaries/s, their
# p99, stores/s, their p99 and the RSS after the load.
#
#   ./mvnw -q package -DskipTests && load/tradeoff.sh [duration of each run, default 15s] [connections, default 32]
#
# HEAPS (MB; "default" leaves the size to the JVM) and COLLECTORS (Serial, Parallel, G1) choose the
# grid; BENCH_JAVA_HOME runs another JDK than the one on the PATH; COMMON_JAVA_OPTS are added to
# every configuration of the grid (the shipped one is the 96 MB serial row); BENCH_EXTRA_JAVA_OPTS
# (e.g. an AOT cache) go to every row.
# CANDIDATES adds rows of other option sets (separated by ";"), each labelled with its options, and
# the last row is the shipped configuration (load/service.sh's bench_java_opts).
# Each configuration gets its own warm-up (BENCH_WARMUP, default 15s). The table is written to
# target/load/tradeoff.md and printed at the end.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-15s}
CONNECTIONS=${2:-32}
HEAPS=${HEAPS:-96 128 192 256 512 default}
COLLECTORS=${COLLECTORS:-Serial Parallel G1}
COMMON_JAVA_OPTS=${COMMON_JAVA_OPTS:--Xss512k}
if [ -n "${BENCH_JAVA_HOME:-}" ]; then
  PATH="$BENCH_JAVA_HOME/bin:$PATH"
fi
PORT=${BENCH_PORT:-18282}
# shellcheck source=load/service.sh
. load/service.sh
OUT=target/load
TABLE=$OUT/tradeoff.md
mkdir -p "$OUT"

field() { # RESULT-line field
  python3 -c 'import json,sys; s = sys.argv[1]; print(json.loads(s[s.index("{"):s.rindex("}") + 1])[sys.argv[2]])' "$1" "$2"
}

{
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -n 1), $DURATION per run at $CONNECTIONS connections"
  echo
  echo "| heap | collector | summaries/s | p99 ms | service CPU ms/summary | stores/s | p99 ms | first summary ms | RSS after MiB | load average |"
  echo "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|"
} > "$TABLE"

# row HEAP COLLECTOR [JVM options]: one run of load/http.sh on an emptied table, one row of the table
# (without options: load/http.sh's own defaults, the shipped configuration)
row() {
  local heap=$1 gc=$2 log="$OUT/tradeoff-${1//[^A-Za-z0-9]/-}-$2.txt"
  # an empty table for each (a fresh database has none until the service's first start)
  [ -z "$(sql -c "select to_regclass('article')")" ] || load/fill.sh 0 > /dev/null
  if [ $# -gt 2 ]; then
    BENCH_JAVA_OPTS="$3" BENCH_WARMUP="${BENCH_WARMUP:-15s}" load/http.sh "$DURATION" "$CONNECTIONS" > "$log" 2>&1 || failed=yes
  else
    BENCH_WARMUP="${BENCH_WARMUP:-15s}" load/http.sh "$DURATION" "$CONNECTIONS" > "$log" 2>&1 || failed=yes
  fi
  if [ "${failed:-}" = yes ]; then
    failed=""
    echo "| $heap | $gc | failed: see $log | | | | | | | |" >> "$TABLE"
    return
  fi
  summaries=$(grep '"mode": "summaries"' "$log")
  stores=$(grep '"mode": "articles"' "$log")
  first=$(grep -o 'first summary served [0-9]*' "$log" | grep -o '[0-9]*$')
  rss=$(grep -o 'RSS after the load: [0-9]*' "$log" | grep -o '[0-9]*$')
  load=$(grep -o 'load [0-9.]*$' <<< "$stores" | cut -d' ' -f2)
  cpu=$(grep -o 'service CPU [0-9.]*' <<< "$summaries" | awk '{print $3}')
  echo "| $heap | $gc | $(field "$summaries" rate) | $(field "$summaries" p99_ms) | $cpu | $(field "$stores" rate) | $(field "$stores" p99_ms) | $first | $rss | $load |" >> "$TABLE"
  tail -n 1 "$TABLE"
}

for heap in $HEAPS; do
  for gc in $COLLECTORS; do
    opts="-XX:+Use${gc}GC $COMMON_JAVA_OPTS"
    [ "$heap" = default ] || opts="-Xms${heap}m -Xmx${heap}m $opts"
    row "$heap" "$gc" "$opts"
  done
done
IFS=';' read -r -a candidates <<< "${CANDIDATES:-}"
for opts in "${candidates[@]}"; do
  [ -z "${opts// /}" ] || row "\`$(echo $opts)\`" "" "$opts $COMMON_JAVA_OPTS"
done
row "shipped: \`$(BENCH_EXTRA_JAVA_OPTS="" bench_java_opts)\`" ""
echo
cat "$TABLE"

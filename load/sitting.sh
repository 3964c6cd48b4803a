#!/usr/bin/env bash
# Every figure of the performance targets in one sitting, one run after the other, so that they
# can be compared with each other and with the before build beside them: the engine (JMH), the
# first summary after the process starts, summaries and stores over HTTP, the heap and collector
# grid, where a store's time goes (PostgreSQL's statements, the service's CPU by layer), and stores
# with events on from an empty table and at 100,000 articles. Each part's output is kept in target/load/sitting/<part>.txt and its key lines are
# gathered in target/load/sitting/summary.txt. About 40 minutes on two cores.
#
#   ./mvnw -Paot verify -Daot.java.home=$JAVA25_HOME      # the shipped build: jar and AOT cache
#   JAVA25_HOME=<a JDK 25> BEFORE_APP=<an earlier build's quarkus-app> load/sitting.sh
#
# The after side is what the JVM image runs: this checkout's target/quarkus-app with its AOT cache
# on JAVA25_HOME, with the options of load/service.sh (those of the image). The before side is
# BEFORE_APP (optional) run as a user runs a jar: `java -jar` on the java of the PATH, no options,
# on a database of its own (BEFORE_DB, default precis_before, made afresh; PG_SUPER_URL creates it).
# PARTS chooses the parts (default: engine start http grid statements profile events). Loopback only;
# every run is bounded in time. Leave the machine to it: every other process skews the figures.
set -euo pipefail
cd "$(dirname "$0")/.."

: "${JAVA25_HOME:?JAVA25_HOME names the JDK 25 the image runs}"
PARTS=${PARTS:-engine start http grid statements profile events}
OUT=target/load/sitting
SUMMARY=$OUT/summary.txt
APP=target/quarkus-app
AOT="-XX:AOTCache=$APP/app.aot"
BEFORE_APP=${BEFORE_APP:-}
BEFORE_DB=${BEFORE_DB:-precis_before}
PORT=${BENCH_PORT:-18282}
# shellcheck source=load/service.sh
. load/service.sh
SHIPPED_OPTS=$(bench_java_opts)
PG_SUPER_URL=${PG_SUPER_URL:-postgresql://postgres@${DB_URL#jdbc:postgresql://}}
PG_SUPER_URL=${PG_SUPER_URL%/*}/postgres
[ -f "$APP/app.aot" ] || { echo "FAIL: no AOT cache in $APP: build with ./mvnw -Paot verify -Daot.java.home=\$JAVA25_HOME"; exit 1; }
mkdir -p "$OUT"

note() { echo "$*" | tee -a "$SUMMARY"; }
# part NAME COMMAND...: runs one measurement, its output kept in $OUT/NAME.txt
part() {
  local name=$1
  shift
  note "-- $name: $(date -u +%H:%M:%S), load average $(cut -d' ' -f1-3 /proc/loadavg)"
  "$@" > "$OUT/$name.txt" 2>&1 || note "   FAILED (exit $?): see $OUT/$name.txt"
}
keep() { # NAME PATTERN: the lines of a part's output worth keeping in the summary
  grep -E "$2" "$OUT/$1.txt" | sed 's/^/   /' | tee -a "$SUMMARY" || true
}
wanted() { [[ " $PARTS " == *" $1 "* ]]; }
fresh_before_db() {
  psql "$PG_SUPER_URL" -qtA -c "drop database if exists $BEFORE_DB" -c "create database $BEFORE_DB owner precis" > /dev/null
}
# as_before COMMAND...: a load script against the before build, as `java -jar` with no options
as_before() {
  # MALLOC_ARENA_MAX: the C library's own default on two cores (8 per core)
  SERVICE_APP=$BEFORE_APP JAVA=java BENCH_JAVA_OPTS="" FIRST_JAVA_OPTS="" BENCH_EXTRA_JAVA_OPTS="" MALLOC_ARENA_MAX=16 \
    QUARKUS_DATASOURCE_JDBC_URL="${DB_URL%/*}/$BEFORE_DB" "$@"
}
# as_shipped COMMAND...: a load script against this build as the image runs it
as_shipped() {
  JAVA=$JAVA25_HOME/bin/java BENCH_EXTRA_JAVA_OPTS="$AOT" "$@"
}

: > "$SUMMARY"
note "== sitting of $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
note "   after: $APP with its AOT cache on $("$JAVA25_HOME/bin/java" -version 2>&1 | head -n 1)"
[ -z "$BEFORE_APP" ] || note "   before: $BEFORE_APP, java -jar on $(java -version 2>&1 | head -n 1)"

if wanted engine; then
  # compiled again with the bench profile, so that JMH's annotation processor writes its list of
  # benchmarks (a build without the profile may have compiled them without it), by the default
  # javac: from JDK 23 on, javac runs the processors it finds only when asked to
  rm -rf target/test-classes/dev/precis/benchmark
  ./mvnw -q -o -Pbench test-compile
  # the default algorithm and the floor on the JDK the image runs, then on the default Java
  for jdk in "$JAVA25_HOME" "$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"; do
    name=engine-$(basename "$jdk")
    part "$name" env PATH="$jdk/bin:$PATH" ./mvnw -q -o -Pbench exec:exec \
      -Djmh.results="$OUT/$name.json" -Djmh.args="ArticleBenchmark -p pipeline=news-centrality,floor"
    if ! python3 - "$OUT/$name.json" <<'PY' 2>&1 | tee -a "$SUMMARY"; then
import json, sys
for r in json.load(open(sys.argv[1])):
    m = r["primaryMetric"]
    us = m["score"]
    print("   %-12s %-16s %8.1f ± %6.1f µs/article per thread, %6.0f articles/s on %d thread(s)"
          % (r["benchmark"].rsplit(".", 1)[1], r["params"]["pipeline"], us, m["scoreError"],
             r["threads"] * 1e6 / us, r["threads"]))
PY
      note "   no results in $OUT/$name.json"
    fi
  done
fi

if wanted start; then
  if [ -n "$BEFORE_APP" ]; then
    fresh_before_db
    part start-before as_before load/first-summary.sh 5
    keep start-before 'median'
  fi
  part start-after env JAVA="$JAVA25_HOME/bin/java" FIRST_JAVA_OPTS="$AOT $SHIPPED_OPTS" \
    load/first-summary.sh 5
  keep start-after 'median'
fi

if wanted http; then
  # 20 s of warm-up, then 15 s of each kind at 32 connections
  if [ -n "$BEFORE_APP" ]; then
    fresh_before_db
    part http-before as_before env BENCH_WARMUP=20s load/http.sh 15s 32
    keep http-before '^RESULT|RSS after|first summary'
  fi
  load/fill.sh 0 > /dev/null
  part http-after as_shipped env BENCH_WARMUP=20s load/http.sh 15s 32
  keep http-after '^RESULT|RSS after|first summary'
fi

if wanted grid; then
  part grid env BENCH_JAVA_HOME="$JAVA25_HOME" BENCH_EXTRA_JAVA_OPTS="$AOT" BENCH_WARMUP=10s load/tradeoff.sh 10s 32
  keep grid '^\|'
fi

if wanted statements; then
  if [ -n "$BEFORE_APP" ]; then
    fresh_before_db
    part statements-before as_before load/statements.sh 20s 32 fresh
    keep statements-before '^RESULT|CPU per stored|all statements'
  fi
  part statements-after as_shipped load/statements.sh 20s 32 fresh
  keep statements-after '^RESULT|CPU per stored|all statements'
  part statements-batch as_shipped load/statements.sh 20s 8 fresh-batch
  keep statements-batch '^RESULT|CPU per stored|all statements'
fi

if wanted profile; then
  # batches at 8 connections, as the other batch runs: more than a replica writes and queues at once
  # would be answered 503 and sent again at once by wrk, which knows no Retry-After
  for run in "fresh 32" "fresh-batch 8" "summaries 32"; do
    set -- $run
    part "profile-$1" as_shipped load/profile.sh 20s "$2" "$1"
    keep "profile-$1" '^RESULT|%'
  done
fi

if wanted events; then
  load/fill.sh 0 > /dev/null
  part events-empty as_shipped load/firehose.sh 60s 32
  keep events-empty '^RESULT|acknowledged|outbox|events:|delay|OK|FAIL'
  part fill-100000 load/fill.sh 100000
  keep fill-100000 'added|holds'
  part events-100000 as_shipped load/firehose.sh 60s 32
  keep events-100000 '^RESULT|acknowledged|outbox|events:|delay|OK|FAIL'
  load/fill.sh 0 > /dev/null
  part events-batch as_shipped load/firehose.sh 30s 8 batch
  keep events-batch '^RESULT|acknowledged|outbox|events:|delay|OK|FAIL'
fi
note "== done $(date -u +%H:%M:%S)"

#!/usr/bin/env bash
# Where a store's time goes on both sides of the connection: a bounded store run against the
# packaged service, then PostgreSQL's own account of it (pg_stat_statements: each statement's
# calls and execution time per stored article) and the CPU the service and PostgreSQL spent per
# stored article.
#
#   ./mvnw -q package -DskipTests && load/statements.sh [duration, default 20s] [connections, default 32] [mode: articles|batch|fresh|fresh-batch]
#
# Needs wrk, python3 and the pg_stat_statements module loaded by the server
# (shared_preload_libraries = 'pg_stat_statements', then a restart); the extension is created in
# the database if missing, which takes a superuser: PG_SUPER_URL (default: the postgres role on
# the same server and database). Modes articles and batch are load/http.lua's (the development-set
# articles, each made unique by a closing sentence: near copies of 200 originals), fresh and
# fresh-batch load/firehose.lua's (texts drawn at random from their sentences: new texts). SERVICE_APP may name another build's
# quarkus-app directory (the before of a before/after), BENCH_JAVA_OPTS the JVM options (default: as
# load/http.sh). The tables are emptied first (load/fill.sh 0).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-20s}
CONNECTIONS=${2:-32}
MODE=${3:-articles}
PORT=${BENCH_PORT:-18282}
# shellcheck source=load/service.sh
. load/service.sh
JAVA_OPTS=$(bench_java_opts)
OUT=target/load
RUN="statements-$(date +%s)-$$"
mkdir -p "$OUT"
store_load "$MODE"
DB_NAME=${DB_URL##*/}
DB_NAME=${DB_NAME%%\?*}
PG_SUPER_URL=${PG_SUPER_URL:-postgresql://postgres@${DB_URL#jdbc:postgresql://}}
super() { psql "$PG_SUPER_URL" -v ON_ERROR_STOP=1 -qtA "$@"; }

super -c "show shared_preload_libraries" | grep -q pg_stat_statements \
  || { echo "FAIL: pg_stat_statements is not in shared_preload_libraries of this server"; exit 1; }
super -c "create extension if not exists pg_stat_statements" > /dev/null

# CPU milliseconds (user + system, the kernel's clock ticks of /proc/<pid>/stat) of one process,
# and of PostgreSQL: the sessions of this database and the server's writers (WAL, checkpoints),
# not the sessions of other databases on a shared server. Whole seconds of ps summed over twenty
# pooled sessions came out as 0.
TICK_MS=$(( 1000 / $(getconf CLK_TCK) ))
proc_cpu() { awk -v t="$TICK_MS" '{ s += ($14 + $15) * t } END { print s + 0 }' "$@" 2>/dev/null || true; }
pg_cpu() {
  local pids
  pids=$(ps -C postgres -o pid=,args= | awk -v db="$DB_NAME" 'index($0, " " db " ") || /checkpointer|background writer|walwriter/ { printf "/proc/%s/stat ", $1 }')
  # shellcheck disable=SC2086
  proc_cpu /dev/null $pids
}

# an empty database (a build with another schema, say) is migrated by the service itself
if [ -n "$(sql -c "select to_regclass('article')")" ]; then
  QUARKUS_DATASOURCE_JDBC_URL=$DB_URL load/fill.sh 0 > /dev/null
fi
echo "== $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $SERVICE_APP, mode $MODE"
start_service "$OUT/statements-service.log" MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
await_ready
# warm-up: the JIT compiles the store path
store_run "${BENCH_WARMUP:-10s}" "$RUN-warmup" /dev/null
sleep 2

super -c "select pg_stat_statements_reset()" > /dev/null
stored_before=$(sql -c "select count(*) from article")
service_cpu=$(proc_cpu "/proc/$SERVICE_PID/stat")
postgres_cpu=$(pg_cpu)
store_run "$DURATION" "$RUN" "$OUT/statements-wrk.txt"
service_cpu=$(( $(proc_cpu "/proc/$SERVICE_PID/stat") - service_cpu ))
postgres_cpu=$(( $(pg_cpu) - postgres_cpu ))
sleep 1
stored=$(( $(sql -c "select count(*) from article") - stored_before ))
grep '^RESULT' "$OUT/statements-wrk.txt"
[ "$stored" -gt 0 ] || { echo "FAIL: nothing stored"; exit 1; }
echo "stored $stored articles; CPU per stored article: service $(awk -v c="$service_cpu" -v n="$stored" 'BEGIN {printf "%.1f", c / n}') ms," \
  "PostgreSQL $(awk -v c="$postgres_cpu" -v n="$stored" 'BEGIN {printf "%.1f", c / n}') ms (this database's sessions and the server's writers)"
echo "statements, per stored article (the story assigner's included), heaviest first:"
super -F $'\t' <<SQL | column -t -s $'\t'
select round(calls::numeric / $stored, 2) as calls, round((total_exec_time / $stored)::numeric, 3) as ms,
       round((total_exec_time / greatest(calls, 1))::numeric, 3) as ms_each,
       left(regexp_replace(query, '\s+', ' ', 'g'), 110) as statement
from pg_stat_statements s join pg_database d on d.oid = s.dbid
where d.datname = '$DB_NAME' and query not ilike '%pg_stat_statements%'
order by total_exec_time desc limit ${STATEMENTS:-20};
SQL
super -c "select 'all statements: ' || round((sum(total_exec_time) / $stored)::numeric, 3) || ' ms per stored article, '
               || round(sum(calls)::numeric / $stored, 1) || ' statements'
          from pg_stat_statements s join pg_database d on d.oid = s.dbid where d.datname = '$DB_NAME'"

# Sourced by the load scripts: the database they use and the packaged service, started on loopback.
#
# The database is the QUARKUS_DATASOURCE_* one, by default the local PostgreSQL's "precis" database
# (role precis/precis). The service runs target/quarkus-app/quarkus-run.jar with API keys off, its
# API on $PORT and health, metrics and OpenAPI on its management port $MANAGEMENT_PORT. JAVA_OPTS
# are the JVM options of the run (empty: the JVM's own defaults), JAVA the java launcher (default:
# the one on the PATH); extra variables for the service (PRECIS_EVENTS_ENABLED=true, …) are passed
# to start_service as NAME=value words.

DB_URL=${QUARKUS_DATASOURCE_JDBC_URL:-jdbc:postgresql://127.0.0.1:5432/precis}
DB_USER=${QUARKUS_DATASOURCE_USERNAME:-precis}
DB_PASSWORD=${QUARKUS_DATASOURCE_PASSWORD:-precis}
PSQL_URL="postgresql://${DB_USER}:${DB_PASSWORD}@${DB_URL#jdbc:postgresql://}"
MANAGEMENT_PORT=${MANAGEMENT_PORT:-$((PORT + 1))}
# the packaged application: this checkout's, or another's quarkus-app directory to compare with
SERVICE_APP=${SERVICE_APP:-target/quarkus-app}
JAVA=${JAVA:-java}

sql() { psql "$PSQL_URL" -v ON_ERROR_STOP=1 -qtA "$@"; }

# bench_java_opts: the JVM options of the HTTP benchmarks: the shipped ones (src/main/docker/Dockerfile.jvm)
# unless BENCH_JAVA_OPTS gives others (an empty value: the JVM's defaults), with BENCH_EXTRA_JAVA_OPTS
# (an AOT cache, say) added to either.
bench_java_opts() {
  local opts="${BENCH_JAVA_OPTS--Xms192m -Xmx192m -XX:+UseSerialGC -Xss512k} ${BENCH_EXTRA_JAVA_OPTS:-}"
  echo "${opts% }"
}

# start_service LOG [NAME=value ...]: starts the service in the background; its pid in SERVICE_PID,
# its start time (ns) in SERVICE_STARTED; stopped when the script exits.
start_service() {
  local log=$1
  shift
  SERVICE_STARTED=$(date +%s%N)
  # shellcheck disable=SC2086
  env QUARKUS_DATASOURCE_JDBC_URL="$DB_URL" QUARKUS_DATASOURCE_USERNAME="$DB_USER" QUARKUS_DATASOURCE_PASSWORD="$DB_PASSWORD" \
    QUARKUS_HTTP_PORT="$PORT" QUARKUS_MANAGEMENT_PORT="$MANAGEMENT_PORT" PRECIS_AUTH_ENABLED=false "$@" \
    "$JAVA" ${JAVA_OPTS:-} -jar "$SERVICE_APP/quarkus-run.jar" > "$log" 2>&1 &
  SERVICE_LOG=$log
  SERVICE_PID=$!
  trap 'kill $SERVICE_PID 2>/dev/null || true' EXIT
}

# await_ready: waits (at most 60 s) until the service reports ready on its management port.
await_ready() {
  for _ in $(seq 1 600); do
    curl -sf -o /dev/null "http://127.0.0.1:$MANAGEMENT_PORT/q/health/ready" && return 0
    kill -0 "$SERVICE_PID" 2>/dev/null || { echo "FAIL: the service stopped" >&2; tail -n 20 "$SERVICE_LOG" >&2; return 1; }
    sleep 0.1
  done
  echo "FAIL: the service was not ready within 60 s" >&2
  return 1
}

# store_load MODE: what store_run sends. Modes articles, batch and summaries are load/http.lua's (the
# development-set articles, stores made unique by a closing sentence: near copies of 200
# originals), fresh and fresh-batch load/firehose.lua's (texts drawn at random from their
# sentences: new texts). Writes the bodies and sentences both scripts read into OUT.
store_load() {
  load/bodies.py "$OUT/bodies.jsonl"
  load/sentences.py "$OUT/sentences.txt"
  case $1 in
    fresh) LOAD_SCRIPT=load/firehose.lua; LOAD_MODE=articles ;;
    fresh-batch) LOAD_SCRIPT=load/firehose.lua; LOAD_MODE=batch ;;
    articles | batch | summaries) LOAD_SCRIPT=load/http.lua; LOAD_MODE=$1 ;;
    *) echo "unknown mode $1" >&2; return 1 ;;
  esac
}

# store_run DURATION RUN-NAME OUTPUT: one wrk run of store_load's mode at $CONNECTIONS connections
store_run() {
  BENCH_MODE=$LOAD_MODE BENCH_RUN=$2 BENCH_BODIES="$OUT/bodies.jsonl" BENCH_SENTENCES="$OUT/sentences.txt" BENCH_IDS="$OUT" \
    wrk -t2 -c"$CONNECTIONS" -d"$1" --timeout 10s -s "$LOAD_SCRIPT" "http://127.0.0.1:$PORT" > "$3"
}

rss_mib() { echo $(( $(ps -o rss= -p "$SERVICE_PID" | tr -d ' ') / 1024 )); }

# memory_report DIR: where the RSS after the load lies, printed and kept in DIR: resident anonymous
# memory (heap, metaspace, code, malloc) against resident file mappings (the jars, the AOT cache,
# the JDK's libraries), the number of threads, and with -XX:NativeMemoryTracking=summary among the
# JVM options the JVM's own account by category (DIR/nmt.txt; jcmd of the JDK that runs it).
memory_report() {
  local dir=$1 jcmd
  cp "/proc/$SERVICE_PID/smaps_rollup" "$dir/smaps_rollup.txt"
  cp "/proc/$SERVICE_PID/smaps" "$dir/smaps.txt"
  echo "resident: $(awk '/^Rss:/ { rss = $2 } /^Anonymous:/ { anon = $2 } END { printf "%d MiB, of which anonymous %d MiB, file-backed %d MiB", rss / 1024, anon / 1024, (rss - anon) / 1024 }' "$dir/smaps_rollup.txt"); threads: $(ls "/proc/$SERVICE_PID/task" | wc -l)"
  # the file mappings with most resident memory (the AOT cache, the JVM's library, the jars)
  echo "largest file mappings (resident MiB, of which anonymous):$(awk '/^[0-9a-f]+-[0-9a-f]+ / { file = ($6 ~ /^\//) ? $6 : "" } file != "" && /^Rss:/ { rss[file] += $2 } file != "" && /^Anonymous:/ { anon[file] += $2 }
    END { for (f in rss) if (rss[f] >= 1024) printf "%d %s %d %d\n", rss[f], f, rss[f] / 1024, anon[f] / 1024 }' "$dir/smaps.txt" | sort -rn | head -n 4 | awk '{ n = split($2, p, "/"); printf " %s %d (%d),", p[n], $3, $4 }')"
  case " ${JAVA_OPTS:-} " in
    *" -XX:NativeMemoryTracking="*)
      jcmd="$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jcmd"
      "$jcmd" "$SERVICE_PID" VM.native_memory summary > "$dir/nmt.txt"
      echo "native memory tracking (committed MiB):$(awk -F'[=(,)]' '/^-/ && /committed=/ { name = $1; sub(/^- */, "", name); gsub(/ +$/, "", name)
        for (i = 1; i <= NF; i++) if ($i ~ /^ *committed$/ || $i ~ /committed$/) { v = $(i + 1); sub(/KB/, "", v); printf " %s %d,", name, v / 1024; break } }' "$dir/nmt.txt")"
      ;;
  esac
}

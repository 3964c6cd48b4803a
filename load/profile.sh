#!/usr/bin/env bash
# Where the service's CPU goes under a load: the packaged service with the shipped options, a
# warm-up, then async-profiler (CPU samples every 2 ms of each thread's CPU time, all threads)
# attached for one bounded wrk run, and the samples counted by the layer they were taken in.
#
#   ./mvnw -q package -DskipTests && load/profile.sh [duration, default 20s] [connections, default 32] [mode: fresh|fresh-batch|summaries]
#
# Modes: fresh and fresh-batch store new texts (load/firehose.lua, as load/statements.sh), summaries
# asks for summaries of the development-set articles (load/http.lua). A sample counts for the
# first layer found from the innermost frame outwards (a HashMap look-up inside Hibernate is
# Hibernate's); samples in no Java frame are the JIT compilers', the collector's or other native code's.
# async-profiler is the linux-x64 jar of tools.profiler:async-profiler on Maven Central, fetched
# into the local Maven repository once (ASYNC_PROFILER_VERSION, default 4.1). The collapsed stacks
# stay in target/load/profile-<mode>.collapsed for a flame graph. Database, ports, JAVA and
# BENCH_*_JAVA_OPTS as in load/http.sh; the tables are emptied first (load/fill.sh 0).
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${1:-20s}
CONNECTIONS=${2:-32}
MODE=${3:-fresh}
PORT=${BENCH_PORT:-18282}
# shellcheck source=load/service.sh
. load/service.sh
JAVA_OPTS=$(bench_java_opts)
OUT=target/load
RUN="profile-$(date +%s)-$$"
mkdir -p "$OUT"

VERSION=${ASYNC_PROFILER_VERSION:-4.1}
PROFILER=$OUT/async-profiler-$VERSION/linux-x64/libasyncProfiler.so
if [ ! -f "$PROFILER" ]; then
  ./mvnw -q dependency:copy -Dartifact="tools.profiler:async-profiler:$VERSION:jar:linux-x64" -DoutputDirectory="$OUT" > /dev/null
  mkdir -p "$OUT/async-profiler-$VERSION"
  (cd "$OUT/async-profiler-$VERSION" && jar xf "../async-profiler-$VERSION-linux-x64.jar")
fi
PROFILER=$(readlink -f "$PROFILER")
JCMD=$(dirname "$(readlink -f "$(command -v "$JAVA")")")/jcmd

store_load "$MODE"

if [ -n "$(sql -c "select to_regclass('article')")" ]; then
  load/fill.sh 0 > /dev/null
fi
echo "== $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); mode $MODE"
echo "JVM options: ${JAVA_OPTS:-(none)}"
start_service "$OUT/profile-service.log" MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}"
await_ready
store_run "${BENCH_WARMUP:-20s}" "$RUN-warmup" /dev/null
sleep 2

COLLAPSED=$(readlink -f "$OUT")/profile-$MODE.collapsed
# jcmd reads name=value arguments: the options go in quotes of their own

"$JCMD" "$SERVICE_PID" JVMTI.agent_load "$PROFILER" "\"start,event=itimer,interval=2ms\"" > /dev/null
store_run "$DURATION" "$RUN" "$OUT/profile-wrk.txt"
"$JCMD" "$SERVICE_PID" JVMTI.agent_load "$PROFILER" "\"stop,collapsed,file=$COLLAPSED\"" > /dev/null
grep '^RESULT' "$OUT/profile-wrk.txt"

# the layer of a stack: its innermost frame of a library or part of Precis named below; stacks with
# none of those in Java frames are "other Java", stacks with no Java frame the JIT compilers', the
# collector's or other native code's
python3 - "$COLLAPSED" <<'PY'
import sys
LAYERS = [  # the first that matches a frame names its layer
    ("summarization engine (text, summary)", ("dev/precis/text/", "dev/precis/summary/")),
    ("Hibernate Validator", ("org/hibernate/validator/",)),
    ("Hibernate ORM (entities, flushes, queries)", ("org/hibernate/",)),
    ("PostgreSQL JDBC driver", ("org/postgresql/",)),
    ("connection pool and transactions (Agroal, Narayana)", ("io/agroal/", "com/arjuna/", "io/quarkus/narayana/")),
    ("JSON (Jackson)", ("com/fasterxml/",)),
    ("HTTP (Vert.x, Netty, Quarkus REST)", ("io/vertx/", "io/netty/", "org/jboss/resteasy/", "io/quarkus/vertx/", "io/quarkus/resteasy/")),
    ("metrics (Micrometer)", ("io/micrometer/",)),
    ("Precis: stores, stories, corpus, events", ("dev/precis/",)),
]
totals = {}
all_samples = 0
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        stack, _, count = line.rstrip("\n").rpartition(" ")
        n = int(count)
        all_samples += n
        frames = stack.split(";")
        # Java frames name their class with slashes (java/util/HashMap.get); native ones do not
        java = any("/" in frame and "::" not in frame for frame in frames)
        if java:
            layer = "other Java (Quarkus, CDI, the JDK)"
        elif any("Compile" in frame for frame in frames):
            layer = "the JIT compilers"
        elif any(word in frame for frame in frames for word in ("VMThread", "GC", "Collect", "DefNew", "Tenured", "G1", "PSYoung", "PSOld")):
            # the serial collector works in the VM thread's safepoint operations
            layer = "the garbage collector (and the VM thread's other safepoint work)"
        elif any(frame.startswith(("[unknown_Java]", "[not_walkable_Java]")) for frame in frames):
            layer = "other Java (Quarkus, CDI, the JDK)"
        else:
            layer = "the JVM's and the system's other native code"
        for frame in reversed(frames):
            found = next((name for name, prefixes in LAYERS if frame.startswith(prefixes)), None)
            if found:
                layer = found
                break
        totals[layer] = totals.get(layer, 0) + n
print(f"CPU samples by layer ({all_samples} samples, one per 2 ms of a thread's CPU time):")
for layer, n in sorted(totals.items(), key=lambda kv: -kv[1]):
    print(f"  {100.0 * n / max(all_samples, 1):5.1f} %  {layer}")
PY

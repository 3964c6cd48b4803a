#!/usr/bin/env bash
# The work of one summary request whatever its length option: texts of 66,666 one-word sentences
# (as many as the text limit of 200,000 characters lets through) summarized with ratio=1 and with a
# word budget of a million words, with every algorithm, against the packaged service on loopback.
#
#   ./mvnw -q package -DskipTests && load/long-texts.sh [requests per case, default 5]
#
# Two texts: "1." lines (no sentence has a term, so none is like another) and "x." lines (every
# sentence has the same term, so every one is like every other). For each text, algorithm and
# option it sends the requests one after the other and prints the median and the longest answer
# time, the statuses, the sentences in the last answer and the heap allocated per request (the
# service's jvm_gc_memory_allocated_bytes_total over the requests: counted at each collection, so
# approximate). Then 4 requests at once with the default algorithm and ratio=1, three times.
# Every request is bounded (curl --max-time 60). BENCH_APP runs another build of the service (the
# quarkus-app directory of another checkout), BENCH_JAVA_OPTS other JVM options; the database is
# the one of load/service.sh, as for load/http.sh (nothing is stored).
set -euo pipefail
cd "$(dirname "$0")/.."

REQUESTS=${1:-5}
PORT=${BENCH_PORT:-18283}
SERVICE_APP=${BENCH_APP:-target/quarkus-app}
JAVA_OPTS=${BENCH_JAVA_OPTS:--Xms1g -Xmx1g -XX:+UseSerialGC}
# shellcheck source=load/service.sh
. load/service.sh
OUT=target/load
mkdir -p "$OUT"
python3 -c "open('$OUT/ones.txt', 'w').write('1.\n' * 66666); open('$OUT/xs.txt', 'w').write('x.\n' * 66666)"

echo "== $(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg); $SERVICE_APP; JVM options: $JAVA_OPTS"
start_service "$OUT/long-texts-service.log"

summarize() { # text query -> "status seconds" (the answer goes to $OUT/long-texts-answer.json)
  curl -s --max-time 60 -o "$OUT/long-texts-answer.json" -w '%{http_code} %{time_total}' -H 'Content-Type: text/plain' \
    --data-binary "@$OUT/$1.txt" "http://127.0.0.1:$PORT/api/v1/summaries?$2" || true
}
allocated() {
  curl -s "http://127.0.0.1:$MANAGEMENT_PORT/q/metrics" | awk '/^jvm_gc_memory_allocated_bytes_total/ {printf "%.0f", $2}'
}

# ready once it serves a summary: tried every 100 ms for at most 60 s
for _ in $(seq 1 600); do
  if curl -sf -o /dev/null -H 'Content-Type: text/plain' --data 'The service is up. It answers.' "http://127.0.0.1:$PORT/api/v1/summaries"; then
    break
  fi
  sleep 0.1
done

# warm-up: every case once
for text in ones xs; do
  for algorithm in news-centrality textrank lexrank luhn lead; do
    summarize $text "ratio=1&algorithm=$algorithm" > /dev/null
  done
done

echo "text algorithm option: median ms, max ms, statuses, sentences in the answer, MB allocated per request"
for text in ones xs; do
  for algorithm in news-centrality textrank lexrank luhn lead; do
    for option in ratio=1 maxWords=1000000; do
      before=$(allocated)
      times=()
      statuses=()
      for _ in $(seq 1 "$REQUESTS"); do
        read -r status seconds <<< "$(summarize $text "$option&algorithm=$algorithm")"
        statuses+=("$status")
        times+=("$seconds")
      done
      after=$(allocated)
      sentences=$(python3 -c "import json; print(len(json.load(open('$OUT/long-texts-answer.json')).get('sentences', [])))" 2>/dev/null || echo "-")
      printf '%s\n' "${times[@]}" | sort -n | awk -v name="$text $algorithm $option" -v statuses="$(printf '%s\n' "${statuses[@]}" | sort | uniq -c | awk '{printf "%s×%s ", $1, $2}')" \
        -v sentences="$sentences" -v mb="$(( (after - before) / REQUESTS / 1048576 ))" \
        '{t[NR] = $1} END {printf "%s: %.0f ms, %.0f ms, %s, %s, %s\n", name, t[int((NR + 1) / 2)] * 1000, t[NR] * 1000, statuses, sentences, mb}'
    done
  done
done

echo "4 at once, news-centrality ratio=1 on the \"1.\" text: the longest of the 4 answers"
for round in 1 2 3; do
  clients=()
  for i in 1 2 3 4; do
    curl -s --max-time 60 -o /dev/null -w '%{http_code} %{time_total}\n' -H 'Content-Type: text/plain' \
      --data-binary "@$OUT/ones.txt" "http://127.0.0.1:$PORT/api/v1/summaries?ratio=1" > "$OUT/long-texts-concurrent-$i.txt" &
    clients+=($!)
  done
  wait "${clients[@]}" || true
  cat "$OUT"/long-texts-concurrent-*.txt | sort -k2 -n | tail -n 1 | awk -v round=$round '{printf "round %s: %.0f ms (status %s)\n", round, $2 * 1000, $1}'
done
echo "RSS at the end: $(rss_mib) MiB"

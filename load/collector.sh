# Sourced by load/firehose.sh and load/relay.sh: the consumer that collects the service's events
# (dev.precis.load.EventCollector, compiled with the tests), run in the background.

# start_collector OUT AFTER_EVENT_ID: starts the consumer and waits (at most 30 s) until its queue
# is bound; its pid in COLLECTOR_PID, its figures go to OUT/collector.txt; stopped when the script exits.
start_collector() {
  local out=$1 after=$2
  [ -s target/load/classpath.txt ] || ./mvnw -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/load/classpath.txt
  rm -f "$out/collector.in"
  mkfifo "$out/collector.in"
  "$JAVA" -cp "target/test-classes:$(cat target/load/classpath.txt)" dev.precis.load.EventCollector "$out" "$after" \
    < "$out/collector.in" > "$out/collector.txt" 2> "$out/collector.log" &
  COLLECTOR_PID=$!
  trap 'kill $SERVICE_PID $COLLECTOR_PID 2>/dev/null || true' EXIT
  # the write end stays open until stop_collector, which tells the consumer to stop by closing it
  exec 3> "$out/collector.in"
  for _ in $(seq 1 300); do
    grep -q '^ready$' "$out/collector.txt" && return 0
    kill -0 "$COLLECTOR_PID" 2>/dev/null || break
    sleep 0.1
  done
  echo "FAIL: the event consumer did not start"; cat "$out/collector.log"
  return 1
}

# stop_collector: tells the consumer to stop and waits until it has written its figures to
# OUT/collector.txt, one "name value" a line.
stop_collector() {
  echo stop >&3
  exec 3>&-
  wait "$COLLECTOR_PID" || true
}

#!/usr/bin/env bash
# The server's CPU time per million deliveries, two builds alternating: a steadier figure than deliveries/s on
# a machine where the bench client shares the cores with the server. For each round and room size, each build
# is started fresh, warmed up, then `relay bench fanout` runs; the server's user+system time (/proc/PID/stat)
# is read over 8 s of the measured window, once the room has filled and the warm-up has passed, and divided by
# the deliveries in those 8 s (the run's deliveries/s × 8).
#
#   git worktree add ../relay-before <commit> && (cd ../relay-before && mvn -B -q package -DskipTests)
#   mvn -B -q package -DskipTests
#   docs/bench/cpu-ab.sh ../relay-before . [ROUNDS]
#
# Each server runs from its own checkout's directory; the bench client is the second build's. Linux only.
set -u
BEFORE=$(cd "$1" && pwd); AFTER=$(cd "$2" && pwd); ROUNDS=${3:-3}
BENCH="$AFTER/target/relay.jar"
OFF="--flood-rate 0 --max-connections 0 --max-connections-per-ip 0"
HZ=$(getconf CLK_TCK)
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }

one() { # label dir clients
  local label=$1 dir=$2 clients=$3 extra=""
  # a build with the IRC gateway keeps it off: the figure is the line protocol's
  java -jar "$dir/target/relay.jar" --help 2>/dev/null | grep -q -- --irc-port && extra="--irc-port 0"
  # shellcheck disable=SC2086
  (cd "$dir" && exec java -XX:+UseSerialGC -Xmn16m -XX:TrimNativeHeapInterval=1000 -jar target/relay.jar --port 6500 --http-port 0 $extra $OFF \
    > "/tmp/cpu-ab-$label.log" 2>&1) &
  local pid=$!
  for _ in $(seq 1 200); do (exec 3<>/dev/tcp/127.0.0.1/6500) 2>/dev/null && break; sleep 0.1; done
  java -jar "$BENCH" bench fanout --port 6500 --clients 300 --duration 5 --warmup 2 --room warm --alias-prefix w \
    > /dev/null 2>&1
  local json; json=$(mktemp)
  java -jar "$BENCH" bench fanout --port 6500 --clients "$clients" --duration 12 --warmup 4 --json > "$json" 2>/dev/null &
  local bench=$!
  sleep $(( clients >= 5000 ? 16 : 7 ))   # the room fills (about 10 s for 5000 here), then the warm-up
  local t0 t1; t0=$(ticks "$pid"); sleep 8; t1=$(ticks "$pid")
  wait "$bench"
  tail -1 "$json" | python3 -c '
import json, sys
label, clients, ticks, hz = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
d = json.load(sys.stdin)
cpu = ticks / hz
window = d["deliveriesPerSecond"] * 8
bad = d["lost"] + d["duplicated"] + d["reordered"]
rate, p99 = d["deliveriesPerSecond"], d["latencyP99Micros"] / 1000
print(f"{label:8} {clients:5d} clients  cpu {cpu:5.2f} s for {window / 1e6:5.1f} M deliveries  "
      f"{cpu / (window / 1e6):.3f} s per million  {rate:,.0f}/s  p99 {p99:.1f} ms  lost/dup/reordered {bad}")' "$label" "$clients" "$((t1 - t0))" "$HZ"
  rm -f "$json"
  kill "$pid"; wait "$pid" 2>/dev/null
}

for round in $(seq 1 "$ROUNDS"); do
  for clients in 1000 5000; do
    one "before-$round" "$BEFORE" "$clients"
    one "after-$round" "$AFTER" "$clients"
  done
done

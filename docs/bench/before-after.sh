#!/usr/bin/env bash
# Two builds of Relay in one sitting, alternating: before and after a change, every shape against a freshly
# started server each time, with one unrecorded run first so that the JIT has compiled the hot paths.
#
#   git worktree add ../relay-before <commit> && (cd ../relay-before && mvn -B -q package -DskipTests)
#   mvn -B -q package -DskipTests
#   docs/bench/before-after.sh ../relay-before . [OUTDIR] [ROUNDS]
#
# Each server runs from its own checkout's directory (it reads conf/relay.json there). The bench client is
# the "after" jar's. Results: one line per run in OUTDIR/results.tsv (label, shape, the bench's JSON), and a
# summary through docs/bench/summarize-pairs.py.
set -uo pipefail
BEFORE=$(cd "$1" && pwd); AFTER=$(cd "$2" && pwd)
OUT=${3:-target/before-after}; ROUNDS=${4:-2}
mkdir -p "$OUT"; : > "$OUT/results.tsv"
JVM="-XX:+UseSerialGC -Xmn16m -XX:TrimNativeHeapInterval=1000"
OFF="--flood-rate 0 --max-connections 0 --max-connections-per-ip 0"
BENCH="$AFTER/target/relay.jar"

await_port() {
  for _ in $(seq 1 240); do (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0; sleep 0.25; done
  echo "before-after: nothing listens on port $1" >&2; return 1
}

one() { # label dir shape bench-args...
  local label=$1 dir=$2 shape=$3; shift 3
  (cd "$dir" && exec java $JVM -jar target/relay.jar --port 6500 --http-port 0 $OFF > "$OUT/$label-$shape.log" 2>&1) &
  local pid=$!
  await_port 6500 && sleep 1
  java -jar "$BENCH" bench fanout --port 6500 --clients 300 --duration 5 --warmup 2 --room warm --alias-prefix w \
    > /dev/null 2>&1
  printf '%s\t%s\t%s\n' "$label" "$shape" "$(java -jar "$BENCH" bench "$@" --port 6500 --json 2>/dev/null | tail -1)" \
    >> "$OUT/results.tsv"
  kill "$pid"; wait "$pid" 2>/dev/null
}

for round in $(seq 1 "$ROUNDS"); do
  for side in before after; do
    dir=$BEFORE; [ "$side" = after ] && dir=$AFTER
    one "$side-$round" "$dir" fanout-1000 fanout --clients 1000 --duration 10 --warmup 5
    one "$side-$round" "$dir" fanout-5000 fanout --clients 5000 --duration 10 --warmup 3
    one "$side-$round" "$dir" rooms rooms --rooms 200 --members 10 --rate 1 --duration 10
  done
done
python3 "$(dirname "$0")/summarize-pairs.py" "$OUT/results.tsv"

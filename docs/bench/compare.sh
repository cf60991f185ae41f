#!/usr/bin/env bash
# Relay against ngIRCd and InspIRCd on this machine, in one sitting: every shape below against each server,
# in three rounds, the servers' order rotated every round (round 1 relay ngircd inspircd, round 2 ngircd
# inspircd relay, round 3 inspircd relay ngircd), every run against a freshly started server, with the same
# `relay bench` parameters for all. The server's CPU time over each measurement (--pid) gives the CPU per
# million deliveries, a steadier figure than deliveries/s while the bench shares the cores with the server.
#
#   mvn -B package -DskipTests
#   apt-get install ngircd inspircd        # optional: a server that is not installed is skipped
#   docs/bench/compare.sh [OUTDIR]         # about 45 minutes on 2 cores; results in OUTDIR (target/compare)
#
# OUTDIR/results.tsv gets one line per run: shape, server, round, the bench's JSON (`{}` when the bench
# printed none). docs/bench/summarize.py (python3) prints the Markdown tables at the end, also kept in
# OUTDIR/summary.md; server and bench logs are in OUTDIR too.
#
# Shapes (the fanout ones with --ack all: a message is in flight until every receiver has it):
#   fanout-1000-s1w100 fanout-1000-s4w8 fanout-1000-s16w2   one room of 1000: 1 sender with a window of 100,
#   fanout-5000-s1w100 fanout-5000-s4w8 fanout-5000-s16w2   4 with 8, 16 with 2 (and the same for 5000)
#   rate-1000      100 msg/s into a room of 1000 (window 100: a second of delay before the window binds)
#   rooms-200x10   200 rooms of 10 members, each member sending 2 msg/s
#   idle-10000     10,000 idle connections in 100 rooms of 100; the server's growth per connection
#   idle-19000     10,000 held open by a first bench process, then 9,000 more from a second (one process may
#                  not open 20,000 files here); growth from the server's VmRSS right after its start
#
# Environment (each optional):
#   SHAPES     shapes to run, in this order (default: all of the above)
#   SERVERS    servers (default: relay ngircd inspircd); round r starts with the r-th of them, in turn
#   ROUNDS     round numbers to run (default: 1 2 3)
#   WARMUP, DURATION  seconds of warm-up and of measurement of each load run (default: 3 and 10)
#   HOLD       seconds an idle run keeps its connections once all are open (default: 5)
#   RELAY_CMD  the command that starts Relay, before its flags
#              (default: bin/relay, the README's launcher with the server's JVM flags)
#   RELAY_PORT Relay's chat port (default: 6500); ngIRCd and InspIRCd listen where their configs say (6667, 6668)
#   SERVER_CPUS, BENCH_CPUS  CPUs (taskset -c lists, e.g. 0 and 1) to pin the server and the bench to, so
#              that the load generator never takes the server's core (default: unpinned, both share all)
set -euo pipefail
cd "$(dirname "$0")/../.."

OUT=${1:-target/compare}
JAR=target/relay.jar
ALL_SHAPES="fanout-1000-s1w100 fanout-1000-s4w8 fanout-1000-s16w2 fanout-5000-s1w100 fanout-5000-s4w8 \
fanout-5000-s16w2 rate-1000 rooms-200x10 idle-10000 idle-19000"
SHAPES=${SHAPES:-$ALL_SHAPES}
SERVERS=${SERVERS:-relay ngircd inspircd}
ROUNDS=${ROUNDS:-1 2 3}
WARMUP=${WARMUP:-3}
DURATION=${DURATION:-10}
HOLD=${HOLD:-5}
RELAY_CMD=${RELAY_CMD:-bin/relay}
RELAY_PORT=${RELAY_PORT:-6500}
SERVER_PIN=(); [ -z "${SERVER_CPUS:-}" ] || SERVER_PIN=(taskset -c "$SERVER_CPUS")
BENCH_PIN=(); [ -z "${BENCH_CPUS:-}" ] || BENCH_PIN=(taskset -c "$BENCH_CPUS")
RELAY_FLAGS="--irc-port 0 --http-port 0 --flood-rate 0 --max-connections 0 --max-connections-per-ip 0"

[ -f "$JAR" ] || { echo "compare: $JAR is missing: mvn -B package -DskipTests" >&2; exit 2; }
for shape in $SHAPES; do
  [[ " $ALL_SHAPES " == *" $shape "* ]] || { echo "compare: unknown shape $shape" >&2; exit 2; }
done
mkdir -p "$OUT"
: > "$OUT/results.tsv"
ulimit -n "$(ulimit -Hn)"
LAUNCH_PID=""   # what this script started
SERVER_PID=""   # the process listening on the port: the launcher itself, or what it started
FIRST_PID=""    # the first bench process of idle-19000

port_of() { case $1 in relay) echo "$RELAY_PORT" ;; ngircd) echo 6667 ;; inspircd) echo 6668 ;; esac; }
dialect_of() { case $1 in relay) echo relay ;; *) echo irc ;; esac; }
installed() { [ "$1" = relay ] || command -v "$1" > /dev/null; }
listening() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# The servers of round $1: SERVERS rotated left by round - 1.
rotated() {
  local servers=($SERVERS)
  local n=${#servers[@]} i
  for ((i = 0; i < n; i++)); do
    printf '%s ' "${servers[$(((i + $1 - 1) % n))]}"
  done
}

# The pid of the process listening on TCP port $1, or nothing.
listener_of() {
  ss -Hltnp "sport = :$1" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2 || true
}

await_port() {
  for _ in $(seq 1 240); do
    if listening "$1"; then return 0; fi
    if ! kill -0 "$LAUNCH_PID" 2>/dev/null; then break; fi
    sleep 0.25
  done
  echo "compare: nothing listens on port $1" >&2
  return 1
}

# start_server SERVER LOG: starts it fresh and sets SERVER_PID; fails when it does not come up.
start_server() {
  local port
  port=$(port_of "$1")
  if listening "$port"; then
    echo "compare: something else listens on port $port already; stop it first" >&2
    exit 1
  fi
  case $1 in
    relay)
      # shellcheck disable=SC2086
      "${SERVER_PIN[@]}" $RELAY_CMD --port "$RELAY_PORT" $RELAY_FLAGS > "$2" 2>&1 &
      ;;
    ngircd) "${SERVER_PIN[@]}" ngircd -n -f docs/bench/ngircd.conf > "$2" 2>&1 & ;;
    inspircd)
      local root=()
      if [ "$(id -u)" = 0 ]; then root=(--runasroot); fi
      "${SERVER_PIN[@]}" inspircd --nofork "${root[@]}" --config="$PWD/docs/bench/inspircd.conf" > "$2" 2>&1 &
      ;;
  esac
  LAUNCH_PID=$!
  await_port "$port" || return 1
  SERVER_PID=$(listener_of "$port")
  SERVER_PID=${SERVER_PID:-$LAUNCH_PID}
  sleep 1
}

stop_first_bench() {
  if [ -n "$FIRST_PID" ]; then
    kill "$FIRST_PID" 2>/dev/null || true
    wait "$FIRST_PID" 2>/dev/null || true
    FIRST_PID=""
  fi
}

# Stops the server and waits until it is gone, so that the next one starts on a free port.
stop_server() {
  local pid
  for pid in $SERVER_PID $LAUNCH_PID; do kill "$pid" 2>/dev/null || true; done
  for _ in $(seq 1 120); do
    if ! kill -0 "$SERVER_PID" 2>/dev/null && ! kill -0 "$LAUNCH_PID" 2>/dev/null; then break; fi
    sleep 0.25
  done
  for pid in $SERVER_PID $LAUNCH_PID; do kill -9 "$pid" 2>/dev/null || true; done
  [ -z "$LAUNCH_PID" ] || wait "$LAUNCH_PID" 2>/dev/null || true
  LAUNCH_PID=""
  SERVER_PID=""
}
cleanup() {
  stop_first_bench
  if [ -n "$LAUNCH_PID" ]; then stop_server; fi
}
trap cleanup EXIT

# record SHAPE SERVER ROUND JSON
record() { printf '%s\t%s\t%s\t%s\n' "$1" "$2" "$3" "$4" >> "$OUT/results.tsv"; }

# bench SHAPE SERVER ROUND ARGS...: one bench run, its JSON line recorded.
bench() {
  local shape=$1 server=$2 round=$3 json
  shift 3
  echo "compare: round $round, $shape on $server: relay bench $*" >&2
  json=$("${BENCH_PIN[@]}" java -jar "$JAR" bench "$@" --json 2>> "$OUT/bench.log" | tail -1) || true
  case $json in "{"*) ;; *) json='{}' ;; esac
  record "$shape" "$server" "$round" "$json"
}

# load_args SHAPE: the bench arguments of a load shape, after the scenario's name.
load_args() {
  local clients senders window sw
  case $1 in
    fanout-*)
      IFS=- read -r _ clients sw <<< "$1"
      senders=${sw#s}; senders=${senders%w*}; window=${sw#*w}
      echo "fanout --clients $clients --senders $senders --window $window --timeout 300"
      ;;
    rate-1000) echo "fanout --clients 1000 --senders 1 --rate 100 --window 100" ;;
    rooms-200x10) echo "rooms --rooms 200 --members 10 --rate 2" ;;
  esac
}

# Growth per connection from a fresh server to 19,000 open: 10,000 from a first bench process, held, then
# 9,000 from a second, whose growth counts from the VmRSS read right after the server started.
idle_19000() {
  local server=$1 round=$2 baseline
  local log="$OUT/idle-19000-first-$server-$round.log"
  local heap=("${@:3}")
  baseline=$(awk '/^VmRSS:/ { print $2 }' "/proc/$SERVER_PID/status")
  "${BENCH_PIN[@]}" java -jar "$JAR" bench idle "${common[@]}" --clients 10000 --room-size 100 --hold 600 --alias-prefix a \
    --room first --timeout 900 > "$log" 2>&1 &
  FIRST_PID=$!
  until grep -q "connected in" "$log"; do
    if ! kill -0 "$FIRST_PID" 2>/dev/null; then
      echo "compare: the first 10000 of idle-19000 did not open on $server (see $log)" >&2
      record idle-19000 "$server" "$round" '{"scenario":"idle","ok":false,"failure":"the first 10000 did not open"}'
      FIRST_PID=""
      return
    fi
    sleep 0.5
  done
  bench idle-19000 "$server" "$round" idle "${common[@]}" --clients 9000 --room-size 100 --hold "$HOLD" \
    --pid "$SERVER_PID" --rss-baseline "$baseline" --baseline-connections 10000 --alias-prefix b --room second \
    --timeout 300 "${heap[@]}"
  stop_first_bench
}

for round in $ROUNDS; do
  for shape in $SHAPES; do
    for server in $(rotated "$round"); do
      installed "$server" || { echo "compare: $server is not installed, skipped" >&2; continue; }
      common=(--port "$(port_of "$server")" --dialect "$(dialect_of "$server")")
      heap=()
      if [ "$server" = relay ]; then heap=(--live-heap); fi
      if ! start_server "$server" "$OUT/$server-$shape-$round.log"; then
        record "$shape" "$server" "$round" '{"ok":false,"failure":"the server did not start"}'
        stop_server
        continue
      fi
      case $shape in
        idle-10000)
          bench "$shape" "$server" "$round" idle "${common[@]}" --clients 10000 --room-size 100 --hold "$HOLD" \
            --pid "$SERVER_PID" --timeout 300 "${heap[@]}"
          ;;
        idle-19000) idle_19000 "$server" "$round" "${heap[@]}" ;;
        *)
          # shellcheck disable=SC2046
          bench "$shape" "$server" "$round" $(load_args "$shape") "${common[@]}" --ack all --warmup "$WARMUP" \
            --duration "$DURATION" --pid "$SERVER_PID"
          ;;
      esac
      stop_server
    done
  done
done

if command -v python3 > /dev/null; then
  python3 docs/bench/summarize.py "$OUT/results.tsv" | tee "$OUT/summary.md"
fi

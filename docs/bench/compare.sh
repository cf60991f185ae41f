#!/usr/bin/env bash
# Relay against ngIRCd and InspIRCd on this machine, in one sitting: every scenario of docs/PERFORMANCE.md,
# each against a freshly started server, with the same `relay bench` parameters for all three.
#
#   mvn -B package -DskipTests
#   apt-get install ngircd inspircd        # optional: a server that is not installed is skipped
#   docs/bench/compare.sh [OUTDIR]         # about 15 minutes on 2 cores; results in OUTDIR (target/compare)
#
# Each result is one line of OUTDIR/results.tsv: scenario, server, the bench's JSON. The summary at the end
# (python3) prints the figures docs/PERFORMANCE.md tabulates. RELAY_JVM holds the server's JVM flags
# (default: the ones docs/PERFORMANCE.md recommends); SERVERS picks servers (default: relay ngircd inspircd).
set -euo pipefail
cd "$(dirname "$0")/../.."

OUT=${1:-target/compare}
JAR=target/relay.jar
RELAY_JVM=${RELAY_JVM:--XX:+UseSerialGC -Xmn64m}
SERVERS=${SERVERS:-relay ngircd inspircd}
RELAY_LIMITS_OFF="--flood-rate 0 --max-connections 0 --max-connections-per-ip 0"
mkdir -p "$OUT"
: > "$OUT/results.tsv"
ulimit -n "$(ulimit -Hn)"
SERVER_PID=""

port_of() { case $1 in relay) echo 6500 ;; ngircd) echo 6667 ;; inspircd) echo 6668 ;; esac; }
dialect_of() { case $1 in relay) echo relay ;; *) echo irc ;; esac; }

await_port() {
  for _ in $(seq 1 240); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; then return 0; fi
    sleep 0.25
  done
  echo "compare: nothing listens on port $1" >&2
  return 1
}

start_server() {
  local log="$OUT/$1.log"
  case $1 in
    relay)
      # shellcheck disable=SC2086
      java $RELAY_JVM -jar "$JAR" --port 6500 --irc-port 0 --http-port 0 $RELAY_LIMITS_OFF > "$log" 2>&1 &
      ;;
    ngircd) ngircd -n -f docs/bench/ngircd.conf > "$log" 2>&1 & ;;
    inspircd)
      local root=""
      if [ "$(id -u)" = 0 ]; then root=--runasroot; fi
      inspircd --nofork $root --config="$PWD/docs/bench/inspircd.conf" > "$log" 2>&1 &
      ;;
  esac
  SERVER_PID=$!
  await_port "$(port_of "$1")"
  sleep 1
}

stop_server() {
  kill "$SERVER_PID" 2>/dev/null || true
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}
trap stop_server EXIT

# bench SCENARIO-LABEL SERVER ARGS...: one run, its JSON line recorded under the label.
bench() {
  local label=$1 server=$2
  shift 2
  echo "compare: $label on $server: relay bench $*" >&2
  local json
  json=$(java -jar "$JAR" bench "$@" --json 2>>"$OUT/bench.log" | tail -1) || true
  [ -n "$json" ] || json='{}'
  printf '%s\t%s\t%s\n' "$label" "$server" "$json" >> "$OUT/results.tsv"
}

installed() { [ "$1" = relay ] || command -v "$1" > /dev/null; }

for server in $SERVERS; do
  installed "$server" || { echo "compare: $server is not installed, skipped" >&2; continue; }
  common=(--port "$(port_of "$server")" --dialect "$(dialect_of "$server")")
  heap=()
  if [ "$server" = relay ]; then heap=(--live-heap); fi

  start_server "$server"
  bench fanout-1000 "$server" fanout "${common[@]}" --clients 1000 --duration 10 --warmup 5
  stop_server

  start_server "$server"
  bench fanout-5000 "$server" fanout "${common[@]}" --clients 5000 --duration 10 --warmup 5 --timeout 300
  stop_server

  start_server "$server"
  for run in 1 2 3; do
    bench rate-1000 "$server" fanout "${common[@]}" --clients 1000 --rate 100 --duration 10 \
      --room "rate$run" --alias-prefix "r$run"
  done
  stop_server

  start_server "$server"
  bench rooms-200x10 "$server" rooms "${common[@]}" --rooms 200 --members 10 --rate 1 --duration 10
  stop_server

  start_server "$server"
  bench idle-10000 "$server" idle "${common[@]}" --clients 10000 --hold 5 --pid "$SERVER_PID" "${heap[@]}"
  stop_server

  # Growth per connection from 10 000 to 19 000 open: a second bench process adds 9000 to the first's 10 000
  # (one process would pass the 20 000 open files this machine allows a process).
  start_server "$server"
  java -jar "$JAR" bench idle "${common[@]}" --clients 10000 --hold 600 --alias-prefix a --room first \
    > "$OUT/idle-first-$server.log" 2>&1 &
  first=$!
  until grep -q "connected in" "$OUT/idle-first-$server.log"; do
    kill -0 "$first" 2>/dev/null || { echo "compare: the first 10000 did not connect" >&2; break; }
    sleep 1
  done
  bench idle-19000 "$server" idle "${common[@]}" --clients 9000 --hold 5 --pid "$SERVER_PID" "${heap[@]}" \
    --alias-prefix b --room second
  kill "$first" 2>/dev/null || true
  wait "$first" 2>/dev/null || true
  stop_server
done

# One room over three clustered instances against the same room on one (Relay only). Each gets a first run
# that is not recorded, so that all the JVMs have compiled their hot paths before the measured one.
warm=(--clients 300 --duration 10 --room warm --alias-prefix w)
if [[ " $SERVERS " == *" relay "* ]]; then
  start_server relay
  java -jar "$JAR" bench fanout --port 6500 "${warm[@]}" > /dev/null 2>&1 || true
  bench single-300 relay fanout --port 6500 --clients 300 --duration 10
  stop_server
  members=127.0.0.1:5801,127.0.0.1:5811,127.0.0.1:5821
  pids=()
  for i in 0 1 2; do
    # shellcheck disable=SC2086
    java $RELAY_JVM -jar "$JAR" --port "660$i" --irc-port 0 --http-port "609$i" $RELAY_LIMITS_OFF \
      --cluster --cluster-host 127.0.0.1 --cluster-port "58${i}1" --cluster-bus-port "58${i}2" \
      --cluster-members "$members" > "$OUT/cluster-$i.log" 2>&1 &
    pids+=($!)
  done
  for i in 0 1 2; do await_port "660$i"; done
  sleep 2
  targets=127.0.0.1:6600,127.0.0.1:6601,127.0.0.1:6602
  java -jar "$JAR" bench cluster --targets "$targets" "${warm[@]}" > /dev/null 2>&1 || true
  metric() { curl -s "http://127.0.0.1:6090/metrics" | awk -v m="$1" '$1 == m { print $2 }'; }
  peers_before=$(metric relay_peer_messages_sent_total)
  said_before=$(metric relay_messages_received_total)
  bench cluster-300 relay cluster --targets "$targets" --clients 300 --duration 10
  peers_after=$(metric relay_peer_messages_sent_total)
  said_after=$(metric relay_messages_received_total)
  echo "compare: instance 0 received $said_before -> $said_after room messages and counted $peers_before ->" \
    "$peers_after messages to the other two instances (relay_peer_messages_sent_total)" \
    | tee "$OUT/cluster-peer-messages.txt" >&2
  kill "${pids[@]}" 2>/dev/null || true
  wait "${pids[@]}" 2>/dev/null || true
fi

if command -v python3 > /dev/null; then
  python3 docs/bench/summarize.py "$OUT/results.tsv"
fi

"""One line per run of docs/bench/before-after.sh's results.tsv: label, shape, throughput, latencies, losses."""
import json
import sys

for line in open(sys.argv[1]):
    label, shape, raw = line.rstrip("\n").split("\t", 2)
    if not raw:
        print(f"{label:10} {shape:12} no result")
        continue
    run = json.loads(raw)
    print(f"{label:10} {shape:12} ok={run['ok']} deliveries/s={run['deliveriesPerSecond']:,.0f} "
          f"p50={run['latencyP50Micros'] / 1000:.1f}ms p99={run['latencyP99Micros'] / 1000:.1f}ms "
          f"max={run['latencyMaxMicros'] / 1000:.1f}ms lost={run['lost']} duplicated={run['duplicated']} "
          f"reordered={run['reordered']}")

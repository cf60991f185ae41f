"""Summarizes the results.tsv of compare.sh as Markdown tables (python3, standard library only).

    python3 docs/bench/summarize.py OUTDIR/results.tsv

Each line of the file is one run: shape, server, round, the bench's JSON (older files without the round
are read too). Per shape and server it prints the median over the rounds: deliveries/s with its spread (the
lowest and highest run as a percentage of the median), p99 and maximum latency, the server's CPU seconds
per million deliveries, and lost deliveries summed over the runs; for the idle shapes the server's growth
in resident memory per connection. Then, per shape, Relay's medians divided by each C server's.
"""
import json
import statistics
import sys

RELAY = "relay"


def read(path):
    """{(shape, server): [result, ...]}, shapes in file order and Relay first among each shape's servers; a
    result is the run's JSON object, or {} when unreadable."""
    runs = {}
    for line in open(path, encoding="utf-8"):
        fields = line.rstrip("\n").split("\t")
        if len(fields) < 3:
            continue
        shape, server, raw = fields[0], fields[1], fields[-1]
        try:
            result = json.loads(raw)
        except ValueError:
            result = {}
        runs.setdefault((shape, server), []).append(result if isinstance(result, dict) else {})
    shapes = list(dict.fromkeys(shape for shape, _ in runs))
    servers = list(dict.fromkeys(server for _, server in runs))
    order = lambda key: (shapes.index(key[0]), key[1] != RELAY, servers.index(key[1]))
    return {key: runs[key] for key in sorted(runs, key=order)}


def is_idle(shape, results):
    return shape.startswith("idle") or any(r.get("scenario") == "idle" for r in results)


def median(results, key):
    values = [r[key] for r in results if isinstance(r.get(key), (int, float))]
    return statistics.median(values) if values else None


def spread(results, key):
    values = [r[key] for r in results if isinstance(r.get(key), (int, float))]
    middle = statistics.median(values) if values else None
    if not middle:
        return "-"
    return "%.0f-%.0f %%" % (100 * min(values) / middle, 100 * max(values) / middle)


def measured(results):
    """The runs that got as far as a measurement."""
    return [r for r in results if r.get("durationSeconds")]


def opened(result):
    """Connections open at the end of an idle run: its own and those another process held since the baseline."""
    if "connected" not in result:
        return None
    return result["connected"] + (result.get("baselineConnections") or 0)


def failed(results):
    return sum(1 for r in results if not r.get("ok"))


def number(value, digits=0, scale=1):
    if value is None:
        return "-"
    return format(value / scale, ",.%df" % digits)


def load_table(runs):
    rows = ["| shape | server | runs | deliveries/s | spread | p99 ms | max ms | CPU s per M deliveries | lost "
            "| failed runs |", "|---|---|---|---|---|---|---|---|---|---|"]
    for (shape, server), results in runs.items():
        if is_idle(shape, results):
            continue
        ok = measured(results)
        lost = sum(r.get("lost", 0) or 0 for r in results)
        rows.append("| %s | %s | %d | %s | %s | %s | %s | %s | %s | %d |" % (
            shape, server, len(results), number(median(ok, "deliveriesPerSecond")),
            spread(ok, "deliveriesPerSecond"), number(median(ok, "latencyP99Micros"), 1, 1000),
            number(median(ok, "latencyMaxMicros"), 1, 1000), number(median(ok, "serverCpuPerMillionDeliveries"), 3),
            format(lost, ","), failed(results)))
    return rows


def idle_table(runs):
    rows = ["| shape | server | runs | open | growth B per connection | spread | live heap B per connection "
            "| failed runs |", "|---|---|---|---|---|---|---|---|"]
    for (shape, server), results in runs.items():
        if not is_idle(shape, results):
            continue
        rows.append("| %s | %s | %d | %s | %s | %s | %s | %d |" % (
            shape, server, len(results), number(median([{"open": opened(r)} for r in results], "open")),
            number(median(results, "rssPerConnectionBytes")), spread(results, "rssPerConnectionBytes"),
            number(median(results, "liveHeapPerConnectionBytes")), failed(results)))
    return rows


def ratio(relay, other):
    if relay is None or not other:
        return "-"
    return "%.2f x" % (relay / other)


def ratio_table(runs):
    rows = ["| shape | against | deliveries/s | p99 | CPU per M deliveries | growth per connection |",
            "|---|---|---|---|---|---|"]
    shapes = list(dict.fromkeys(shape for shape, _ in runs))
    for shape in shapes:
        relay = runs.get((shape, RELAY))
        if not relay:
            continue
        for (other_shape, server), results in runs.items():
            if other_shape != shape or server == RELAY:
                continue
            if is_idle(shape, results):
                rows.append("| %s | %s | | | | %s |" % (shape, server, ratio(
                    median(relay, "rssPerConnectionBytes"), median(results, "rssPerConnectionBytes"))))
                continue
            mine, theirs = measured(relay), measured(results)
            rows.append("| %s | %s | %s | %s | %s | |" % (
                shape, server,
                ratio(median(mine, "deliveriesPerSecond"), median(theirs, "deliveriesPerSecond")),
                ratio(median(mine, "latencyP99Micros"), median(theirs, "latencyP99Micros")),
                ratio(median(mine, "serverCpuPerMillionDeliveries"), median(theirs, "serverCpuPerMillionDeliveries"))))
    return rows


def section(title, rows, note=None):
    """A heading and its table; nothing when the table has no rows past its header."""
    if len(rows) <= 2:
        return
    print("## %s\n" % title)
    if note:
        print(note + "\n")
    print("\n".join(rows) + "\n")


def main(path):
    runs = read(path)
    section("Load: medians over the runs", load_table(runs))
    section("Idle connections: the server's resident memory, medians over the runs", idle_table(runs))
    section("Relay's median divided by the C server's", ratio_table(runs),
            "deliveries/s: above 1 is Relay ahead; p99, CPU and growth: below 1 is Relay ahead.")


if __name__ == "__main__":
    main(sys.argv[1])

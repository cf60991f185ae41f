"""Summarizes the results.tsv written by compare.sh: one line per scenario and server."""
import json
import sys


def figures(label, r):
    if not r:
        return "no result"
    if label.startswith("idle"):
        text = "%s of %s connected in %.1f s; RSS %s B/conn" % (
            r.get("connected"), r.get("clients"), r.get("connectSeconds", 0), r.get("rssPerConnectionBytes"))
        if r.get("liveHeapPerConnectionBytes") is not None:
            text += ", live heap %s B/conn" % r["liveHeapPerConnectionBytes"]
        return text + ("" if r.get("ok") else " FAILED: %s" % r.get("failure"))
    text = "%s of %s joined in %.2f s; %s deliveries/s; p50 %.1f ms p99 %.1f ms p99.9 %.1f ms max %.1f ms; lost %s" % (
        r.get("connected"), r.get("clients"), r.get("connectSeconds", 0),
        format(int(r.get("deliveriesPerSecond", 0)), ","),
        r.get("latencyP50Micros", 0) / 1000, r.get("latencyP99Micros", 0) / 1000,
        r.get("latencyP999Micros", 0) / 1000, r.get("latencyMaxMicros", 0) / 1000, r.get("lost"))
    return text + ("" if r.get("ok") else " FAILED: %s" % (r.get("failure") or "exit %s" % r.get("exitCode")))


def main(path):
    for line in open(path, encoding="utf-8"):
        label, server, raw = line.rstrip("\n").split("\t", 2)
        try:
            result = json.loads(raw)
        except ValueError:
            result = None
        print("%-13s %-9s %s" % (label, server, figures(label, result)))


if __name__ == "__main__":
    main(sys.argv[1])

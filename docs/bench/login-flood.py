#!/usr/bin/env python3
"""Floods a Relay server with wrong passwords for one account, to measure what logins cost and whether chat
suffers meanwhile (docs/PERFORMANCE.md, "Logins"). Loopback only.

    docs/bench/login-flood.py --port 5000 --account victim --connections 16 --seconds 20

Each connection answers alias? with ACCOUNT:WRONG-PASSWORD, reads the answer, and again; the server hangs up after
three wrong passwords and the connection is made again. Prints the answers per second by kind. Lift the server's
per-account and per-address limits first (accounts.maxFailuresPerAccount, accounts.maxFailuresPerAddress) or
the flood measures the limits, which answer without hashing.
"""
import argparse
import asyncio
import collections
import re
import time


async def flood(host, port, account, deadline, counts):
    attempt = 0
    while time.monotonic() < deadline:
        try:
            reader, writer = await asyncio.open_connection(host, port)
        except OSError:
            counts["connect-failed"] += 1
            await asyncio.sleep(0.05)
            continue
        try:
            while time.monotonic() < deadline:
                line = (await reader.readline()).decode().strip()
                if not line:
                    break
                if line == "alias?":
                    attempt += 1
                    writer.write(f"{account}:wrong-password-{attempt}\n".encode())
                    await writer.drain()
                    continue
                counts[re.sub(r"\d+", "N", line.split(" for ")[0])] += 1
        except (ConnectionError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()


async def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=5000)
    parser.add_argument("--account", default="victim")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--seconds", type=float, default=20)
    args = parser.parse_args()
    if not args.host.startswith("127."):
        parser.error("loopback only: --host must be in 127.0.0.0/8")
    counts = collections.Counter()
    start = time.monotonic()
    deadline = start + args.seconds
    await asyncio.gather(*(flood(args.host, args.port, args.account, deadline, counts)
                           for _ in range(args.connections)))
    elapsed = time.monotonic() - start
    for kind, n in counts.most_common():
        print(f"{n / elapsed:10.1f}/s  {n:8d}  {kind}")


if __name__ == "__main__":
    asyncio.run(main())

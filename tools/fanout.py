# Interim load script until `relay bench` exists: C receivers spread over the given chat ports, one sender
# on the first port sending N messages with at most W in flight (counted by its own echo).
# Usage: python3 tools/fanout.py PORT[,PORT...] C N W   (run the servers with --flood-rate 0)
import asyncio, sys, time
ports = [int(p) for p in sys.argv[1].split(",")]
C = int(sys.argv[2]); N = int(sys.argv[3]); W = int(sys.argv[4])
async def login(port, alias):
    r, w = await asyncio.open_connection("127.0.0.1", port, limit=1 << 20)
    await r.readline(); w.write((alias + "\n").encode()); await w.drain()
    await r.readline()
    return r, w
async def receiver(r, expected, done):
    got = 0; buf = b""
    while got < expected:
        data = await r.read(1 << 16)
        if not data: break
        got += data.count(b"\n")
    done.append(got)
async def main():
    rx = []
    for i in range(C):
        rx.append(await login(ports[i % len(ports)], "r%d" % i))
    sr, sw = await login(ports[0], "sender")
    await asyncio.sleep(2)  # join notices settle
    for r, w in rx:  # drain join notices
        try:
            while True:
                await asyncio.wait_for(r.read(1 << 16), 0.05)
        except asyncio.TimeoutError: pass
    try:
        while True: await asyncio.wait_for(sr.read(1 << 16), 0.05)
    except asyncio.TimeoutError: pass
    done = []
    tasks = [asyncio.create_task(receiver(r, N, done)) for r, w in rx]
    t0 = time.time(); sent = 0; echoed = 0; buf = b""
    while echoed < N:
        while sent < N and sent - echoed < W:
            sw.write(b"m %d\n" % sent); sent += 1
        await sw.drain()
        data = await sr.read(1 << 16)
        echoed += data.count(b"\n")
    await asyncio.gather(*tasks)
    dt = time.time() - t0
    total = sum(done) + echoed
    print("receivers=%d messages=%d window=%d deliveries=%d seconds=%.2f deliveries_per_s=%.0f" % (C, N, W, total, dt, total / dt))
asyncio.run(main())

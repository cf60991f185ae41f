package dev.relay.edge;

import dev.relay.ops.RelayMetrics;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;

/**
 * One connection's output: what it was sent this turn, gathered into one write, plus what the socket has
 * not finished writing. {@code writeQueueFull()} would let megabytes pile up before it turns, so the
 * bytes are counted here and a member over the limit is refused more output.
 *
 * <p>Confined to the socket's event loop. A buffer offered here is never modified: the same buffer is
 * offered to every member of a room.
 */
final class OutboundQueue {

  private final NetSocket socket;
  private final int limit;
  private final FlushScheduler scheduler;
  private final RelayMetrics metrics;
  private Buffer pending;
  private boolean pendingIsOurs;
  private long writing;
  private boolean closed;

  OutboundQueue(NetSocket socket, int limit, FlushScheduler scheduler, RelayMetrics metrics) {
    this.socket = socket;
    this.limit = limit;
    this.scheduler = scheduler;
    this.metrics = metrics;
  }

  /** Queues {@code lines} for this turn's write; false when that would pass the limit (nothing is queued). */
  boolean offer(Buffer lines) {
    if (closed) {
      return true;
    }
    int pendingBytes = pending == null ? 0 : pending.length();
    if (writing + pendingBytes + lines.length() > limit) {
      return false;
    }
    if (pending == null) {
      pending = lines;
      pendingIsOurs = false;
      scheduler.schedule(this);
    } else {
      if (!pendingIsOurs) {
        pending = Buffer.buffer(Math.max(256, 2 * (pendingBytes + lines.length()))).appendBuffer(pending);
        pendingIsOurs = true;
      }
      pending.appendBuffer(lines);
    }
    return true;
  }

  /** Writes what this turn gathered. */
  void flush() {
    Buffer out = pending;
    pending = null;
    if (out == null || closed) {
      return;
    }
    int length = out.length();
    writing += length;
    metrics.bytesOut(length);
    socket.write(out).onComplete(done -> writing -= length);
  }

  /** Stops all further output; what is gathered but not flushed is dropped. */
  void close() {
    closed = true;
    pending = null;
  }
}

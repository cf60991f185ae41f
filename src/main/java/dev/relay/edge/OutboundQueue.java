package dev.relay.edge;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundBuffer;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;

/**
 * One connection's output: what it was sent this turn, gathered into one write, plus what the socket has
 * not finished writing. {@code writeQueueFull()} would let megabytes pile up before it turns, so the
 * bytes are counted here and a member over the limit is refused more output.
 *
 * <p>A turn's output goes straight to the socket's Netty channel with its void promise: nothing waits for a
 * single write's outcome, so no promise and no listener are made per write (a room line costs each member
 * one write), and the bytes not yet written are the channel's own count. Writes made through the
 * {@link Transport} (last words, a refusal) go through the same channel handler, so the order holds.
 *
 * <p>Confined to the socket's event loop. A buffer offered here is never modified: the same buffer is
 * offered to every member of a room.
 */
final class OutboundQueue {

  private final Transport transport;
  private final ChannelHandlerContext channel;
  private final int limit;
  private final FlushScheduler scheduler;
  private Buffer pending;
  private boolean pendingIsOurs;
  private boolean closed;

  OutboundQueue(Transport transport, int limit, FlushScheduler scheduler) {
    this.transport = transport;
    this.channel = transport.channel();
    this.limit = limit;
    this.scheduler = scheduler;
  }

  /** Queues {@code lines} for this turn's write; false when that would pass the limit (nothing is queued). */
  boolean offer(Buffer lines) {
    if (closed) {
      return true;
    }
    int pendingBytes = pending == null ? 0 : pending.length();
    if (unwritten() + pendingBytes + lines.length() > limit) {
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

  /** Writes what this turn gathered; returns the bytes written. */
  int flush() {
    Buffer out = pending;
    pending = null;
    if (out == null || closed) {
      return 0;
    }
    channel.writeAndFlush(transport.message(((BufferInternal) out).getByteBuf()), channel.voidPromise());
    return out.length();
  }

  /** Bytes handed to the channel that the socket has not taken yet. */
  private long unwritten() {
    ChannelOutboundBuffer buffer = channel.channel().unsafe().outboundBuffer();
    return buffer == null ? 0 : buffer.totalPendingWriteBytes();
  }

  /** Stops all further output; what is gathered but not flushed is dropped. */
  void close() {
    closed = true;
    pending = null;
  }
}

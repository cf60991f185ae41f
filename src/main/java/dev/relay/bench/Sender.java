package dev.relay.bench;

import io.vertx.core.buffer.Buffer;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The sending side of a member. It numbers its messages from 0, stamps each with its send time, and keeps
 * at most {@code window} of them unacknowledged. Without a rate it refills the window as acknowledgements
 * come in, so it sends as fast as the server delivers; with a rate it sends on a timer as many messages as
 * are due, still within the window (messages held back by a full window go out as soon as it allows).
 * Runs on its connection's loop: every method is called there.
 */
final class Sender {

  private static final double NANOS_PER_SECOND = 1e9;
  private static final long MAX_PERIOD_MILLIS = 1000;

  private final int id;
  private final BenchClient client;
  private final Loop loop;
  private final byte[] prefix;
  private final byte[] lineEnd;
  private final int size;
  private final int window;
  private final double perSecond;
  private final int receivers;
  private final byte[] text;
  private long nextSeq;
  private long ackedThrough;
  private boolean sending;
  private boolean refillQueued;
  private long timer = -1;
  private long firstDueNanos;

  /**
   * @param perSecond messages per second, or 0 to send whenever the window allows
   * @param receivers members that receive each message
   */
  Sender(int id, BenchClient client, Loop loop, Dialect dialect, String room, LoadSettings load, double perSecond,
      int receivers) {
    this.id = id;
    this.client = client;
    this.loop = loop;
    this.prefix = dialect.sayPrefix(room);
    this.lineEnd = dialect.lineEnd();
    this.size = load.sizeBytes();
    this.window = load.window();
    this.perSecond = perSecond;
    this.receivers = receivers;
    this.text = new byte[Math.max(size, BenchText.MAX_HEADER_BYTES) + 1];
  }

  int id() {
    return id;
  }

  /** Rate-driven senders start at a random point of their first interval, so that they do not send in step. */
  void start() {
    sending = true;
    if (perSecond <= 0) {
      refill();
      return;
    }
    double intervalNanos = NANOS_PER_SECOND / perSecond;
    long offsetNanos = ThreadLocalRandom.current().nextLong(Math.max(1, (long) intervalNanos));
    firstDueNanos = System.nanoTime() + offsetNanos;
    long period = Math.max(1, Math.min(MAX_PERIOD_MILLIS, (long) (intervalNanos / 1e6)));
    timer = loop.every(Math.max(1, offsetNanos / 1_000_000), period, this::sendDue);
  }

  void stop() {
    sending = false;
    if (timer >= 0) {
      loop.cancel(timer);
      timer = -1;
    }
  }

  /**
   * Message {@code seq} is acknowledged (arrived, as {@code --ack} defines it), and with it every earlier one.
   * Refills are queued behind the loop's current work, so that the acknowledgements of one read become one
   * write.
   */
  void acknowledge(long seq) {
    if (seq < ackedThrough || seq >= nextSeq) {
      return;
    }
    loop.tally().acknowledged(seq + 1 - ackedThrough);
    ackedThrough = seq + 1;
    if (perSecond <= 0 && sending && !refillQueued) {
      refillQueued = true;
      loop.later(() -> {
        refillQueued = false;
        refill();
      });
    }
  }

  private void refill() {
    send(window - inFlight());
  }

  private void sendDue() {
    long elapsed = System.nanoTime() - firstDueNanos;
    long due = elapsed < 0 ? 0 : (long) (elapsed / NANOS_PER_SECOND * perSecond) + 1;
    send(Math.min(due - nextSeq, window - inFlight()));
  }

  private long inFlight() {
    return nextSeq - ackedThrough;
  }

  private void send(long count) {
    if (!sending || count <= 0) {
      return;
    }
    if (client.writeQueueFull()) {
      if (perSecond <= 0) {
        client.onDrain(this::refill);
      }
      return;
    }
    Buffer out = Buffer.buffer((int) Math.min(count, window) * (prefix.length + text.length + lineEnd.length));
    Tally tally = loop.tally();
    for (long i = 0; i < count; i++) {
      long nanos = System.nanoTime();
      int length = BenchText.write(text, id, nextSeq++, nanos, size);
      out.appendBytes(prefix).appendBytes(text, 0, length).appendBytes(lineEnd);
      tally.sent(nanos, receivers);
    }
    client.write(out);
  }
}

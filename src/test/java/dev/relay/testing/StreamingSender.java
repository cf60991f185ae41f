package dev.relay.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A member that sends a numbered stream of lines ({@code line 0}, {@code line 1}, ...) into its room from a
 * thread of its own, one every {@code pace}, as steady chat load; it stops early when its connection breaks.
 * Reading what the room sends back is left to the test.
 */
public final class StreamingSender implements AutoCloseable {

  private final LineClient client;
  private final String alias;
  private final int count;
  private final long paceNanos;
  private final CountDownLatch partWay = new CountDownLatch(1);
  private final Thread thread;
  private volatile int sent;

  public StreamingSender(LineClient client, String alias, int count, long pace, TimeUnit unit) {
    this.client = client;
    this.alias = alias;
    this.count = count;
    this.paceNanos = unit.toNanos(pace);
    this.thread = new Thread(this::run, "sender-" + alias);
  }

  public StreamingSender start() {
    thread.start();
    return this;
  }

  /** Waits until a third of the stream has been sent. */
  public void awaitPartWay() throws InterruptedException {
    if (!partWay.await(30, TimeUnit.SECONDS)) {
      throw new AssertionError(alias + " sent only " + sent + " lines in 30 s");
    }
  }

  /** Waits until the stream has been sent, or the connection broke; returns how many lines went out. */
  public int awaitDone() throws InterruptedException {
    thread.join(TimeUnit.SECONDS.toMillis(60));
    if (thread.isAlive()) {
      throw new AssertionError(alias + " still sending after 60 s");
    }
    return sent;
  }

  public LineClient client() {
    return client;
  }

  /** The line a member sees for line {@code i} of this stream. */
  public String seenAs(int i) {
    return alias + ": line " + i;
  }

  /** What a member saw of this stream, in the order it saw it, as line numbers. */
  public List<Integer> numbersIn(List<String> seen) {
    String prefix = alias + ": line ";
    List<Integer> numbers = new ArrayList<>();
    for (String line : seen) {
      if (line.startsWith(prefix)) {
        numbers.add(Integer.parseInt(line.substring(prefix.length())));
      }
    }
    return numbers;
  }

  private void run() {
    long next = System.nanoTime();
    try {
      for (int i = 0; i < count; i++) {
        client.send("line " + i);
        sent = i + 1;
        if (sent == count / 3) {
          partWay.countDown();
        }
        next += paceNanos;
        LockSupport.parkNanos(next - System.nanoTime());
      }
    } catch (AssertionError connectionBroke) {
      // The stream ends where the server stopped taking it; the test checks what arrived.
    } finally {
      partWay.countDown();
    }
  }

  @Override
  public void close() {
    client.close();
  }
}

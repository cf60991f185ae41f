package dev.relay.bench;

import io.vertx.core.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The hard time limit of a run: every wait of the driving thread ends by it. */
record Deadline(long endNanos) {

  static Deadline after(double seconds) {
    return new Deadline(System.nanoTime() + (long) (seconds * 1e9));
  }

  /** Waits for {@code future}; throws TimeoutException once the limit is reached, the future's failure if it fails. */
  <T> T await(Future<T> future) throws TimeoutException {
    long left = endNanos - System.nanoTime();
    if (left <= 0) {
      throw new TimeoutException("time limit reached");
    }
    return future.await(left, TimeUnit.NANOSECONDS);
  }

  /**
   * Waits at most {@code seconds} for {@code future}, else gives {@code otherwise}: for the last figures of a
   * run, which must come even when the time limit has passed or the loops are stuck.
   */
  static <T> T awaitBriefly(Future<T> future, long seconds, T otherwise) {
    try {
      return future.await(seconds, TimeUnit.SECONDS);
    } catch (Exception e) {
      return otherwise;
    }
  }
}

package dev.relay.accounts;

import java.io.Serializable;

/**
 * One key's failed attempts in its current window: how many, and when the window (started by the first of
 * them) ends, in epoch milliseconds. Immutable; {@link Serializable} because the cluster stores it in a
 * Hazelcast map.
 */
record Failures(int count, long endsAtMillis) implements Serializable {

  /** The count after one more failure at {@code nowMillis}: a new window when there was none or it ended. */
  static Failures after(Failures previous, long nowMillis, long windowMillis) {
    if (previous == null || previous.endedBy(nowMillis)) {
      return new Failures(1, nowMillis + windowMillis);
    }
    return new Failures(previous.count == Integer.MAX_VALUE ? previous.count : previous.count + 1, previous.endsAtMillis);
  }

  boolean endedBy(long nowMillis) {
    return nowMillis >= endsAtMillis;
  }

  /** Milliseconds until this key may try again under {@code policy}: 0 when it is not blocked. */
  long blockedMillis(long nowMillis, AttemptPolicy policy) {
    return count >= policy.maxFailures() && !endedBy(nowMillis) ? endsAtMillis - nowMillis : 0;
  }

  /** Whole seconds rounded up, so that a blocked key never reads as 0 seconds. */
  static long toSeconds(long millis) {
    return (millis + 999) / 1000;
  }
}

package dev.relay.client;

import java.time.Duration;
import java.util.Optional;

/**
 * When to try reconnecting: the first delay, then twice the previous one up to a ceiling, for a limited
 * number of attempts. A successful handshake starts the series again. Plain state, no clock: the caller
 * does the waiting.
 */
final class Backoff {

  static final Duration FIRST_DELAY = Duration.ofSeconds(1);
  static final Duration MAX_DELAY = Duration.ofSeconds(30);
  static final int UNLIMITED = Integer.MAX_VALUE;

  private final Duration first;
  private final Duration max;
  private final int attempts;
  private int used;

  /**
   * @param first    delay before the first attempt
   * @param max      longest delay
   * @param attempts attempts allowed before giving up; {@link #UNLIMITED} never gives up
   */
  Backoff(Duration first, Duration max, int attempts) {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || attempts < 0) {
      throw new IllegalArgumentException("bad backoff: first " + first + ", max " + max + ", attempts " + attempts);
    }
    this.first = first;
    this.max = max;
    this.attempts = attempts;
  }

  static Backoff standard(int attempts) {
    return new Backoff(FIRST_DELAY, MAX_DELAY, attempts);
  }

  /** The delay before the next attempt, or empty when every attempt is used up. */
  Optional<Duration> next() {
    if (used >= attempts) {
      return Optional.empty();
    }
    Duration delay = first;
    for (int i = 0; i < used && delay.compareTo(max) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    used++;
    return Optional.of(delay.compareTo(max) < 0 ? delay : max);
  }

  /** Attempts made since the last {@link #reset()}. */
  int used() {
    return used;
  }

  void reset() {
    used = 0;
  }
}

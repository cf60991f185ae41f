package dev.relay.client;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * When to try reconnecting: the first delay, then twice the previous one up to a ceiling, for a limited
 * number of attempts, each delay spread by a random factor between {@link #LEAST_SPREAD} and
 * {@link #MOST_SPREAD}, so that the thousands of clients a stopped server drops at once do not all redial in
 * the same second. A successful handshake starts the series again. Plain state, no clock: the caller does
 * the waiting.
 */
final class Backoff {

  static final Duration FIRST_DELAY = Duration.ofSeconds(1);
  static final Duration MAX_DELAY = Duration.ofSeconds(30);
  static final int UNLIMITED = Integer.MAX_VALUE;
  static final double LEAST_SPREAD = 0.5;
  static final double MOST_SPREAD = 1.5;

  private final Duration first;
  private final Duration max;
  private final int attempts;
  private final DoubleSupplier spread;
  private int used;

  /**
   * @param first    delay before the first attempt, before the spread
   * @param max      longest delay, before the spread
   * @param attempts attempts allowed before giving up; {@link #UNLIMITED} never gives up
   * @param spread   the factor each delay is multiplied by, from {@link #LEAST_SPREAD} to {@link #MOST_SPREAD}
   */
  Backoff(Duration first, Duration max, int attempts, DoubleSupplier spread) {
    if (first.isNegative() || first.isZero() || max.compareTo(first) < 0 || attempts < 0) {
      throw new IllegalArgumentException("bad backoff: first " + first + ", max " + max + ", attempts " + attempts);
    }
    this.first = first;
    this.max = max;
    this.attempts = attempts;
    this.spread = spread;
  }

  static Backoff standard(int attempts) {
    return new Backoff(FIRST_DELAY, MAX_DELAY, attempts,
        () -> ThreadLocalRandom.current().nextDouble(LEAST_SPREAD, MOST_SPREAD));
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
    Duration capped = delay.compareTo(max) < 0 ? delay : max;
    double factor = Math.min(MOST_SPREAD, Math.max(LEAST_SPREAD, spread.getAsDouble()));
    return Optional.of(Duration.ofMillis(Math.round(capped.toMillis() * factor)));
  }

  /** {@link #used()} in words: {@code 1 reconnect attempt}, {@code 3 reconnect attempts}. */
  String describeUsed() {
    return used + (used == 1 ? " reconnect attempt" : " reconnect attempts");
  }

  /** Attempts made since the last {@link #reset()}. */
  int used() {
    return used;
  }

  void reset() {
    used = 0;
  }
}

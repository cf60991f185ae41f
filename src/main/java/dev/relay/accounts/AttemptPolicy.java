package dev.relay.accounts;

import java.time.Duration;

/**
 * How many failed logins one key may have: at most {@code maxFailures} in a fixed {@code window} that starts
 * at the key's first failure. The key is blocked from its {@code maxFailures}-th failure until the window
 * ends; then it starts afresh.
 */
public record AttemptPolicy(int maxFailures, Duration window) {

  public AttemptPolicy {
    if (maxFailures < 1) {
      throw new IllegalArgumentException("an attempt limit needs at least 1 failure, got " + maxFailures);
    }
    if (window == null || window.toMillis() < 1) {
      throw new IllegalArgumentException("an attempt window must be at least 1 ms");
    }
  }

  public long windowMillis() {
    return window.toMillis();
  }
}

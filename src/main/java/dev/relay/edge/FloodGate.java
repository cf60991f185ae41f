package dev.relay.edge;

import java.util.function.LongSupplier;

/**
 * A token bucket over input lines: {@code burst} lines at once, then {@code linesPerSecond}. A line that
 * finds the bucket empty is not dropped; the caller stops reading for {@link #waitMillis} and tries again,
 * which slows a flooding client down to the rate without losing what it sent.
 */
public final class FloodGate {

  private final double tokensPerNano;
  private final double burst;
  private final LongSupplier nanoClock;
  private double tokens;
  private long lastRefill;

  public FloodGate(double linesPerSecond, int burst, LongSupplier nanoClock) {
    if (linesPerSecond <= 0 || burst < 1) {
      throw new IllegalArgumentException("rate and burst must be positive");
    }
    this.tokensPerNano = linesPerSecond / 1e9;
    this.burst = burst;
    this.nanoClock = nanoClock;
    this.tokens = burst;
    this.lastRefill = nanoClock.getAsLong();
  }

  /** Takes one line's token if there is one. */
  public boolean tryPass() {
    refill();
    if (tokens >= 1) {
      tokens -= 1;
      return true;
    }
    return false;
  }

  /** How long until the next line may pass, at least 1 ms. */
  public long waitMillis() {
    refill();
    double missing = Math.max(0, 1 - tokens);
    return Math.max(1, (long) Math.ceil(missing / tokensPerNano / 1e6));
  }

  private void refill() {
    long now = nanoClock.getAsLong();
    tokens = Math.min(burst, tokens + (now - lastRefill) * tokensPerNano);
    lastRefill = now;
  }
}

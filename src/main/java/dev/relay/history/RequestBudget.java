package dev.relay.history;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * How often each member may ask for history: a bucket of {@code perMinute / 2} requests (at least one) that
 * refills at {@code perMinute} a minute. Members are forgotten when they leave. Confined to the hub's context.
 *
 * @param <K> what names a member
 */
public final class RequestBudget<K> {

  private final Clock clock;
  private final double perMilli;
  private final double burst;
  private final Map<K, double[]> buckets = new HashMap<>();

  public RequestBudget(Clock clock, int perMinute) {
    this.clock = clock;
    this.perMilli = perMinute / 60_000.0;
    this.burst = Math.max(1, perMinute / 2);
  }

  /** Takes one request from the member's bucket; false if it is empty. */
  public boolean take(K member) {
    long now = clock.millis();
    double[] bucket = buckets.computeIfAbsent(member, k -> new double[] {burst, now});
    bucket[0] = Math.min(burst, bucket[0] + (now - bucket[1]) * perMilli);
    bucket[1] = now;
    if (bucket[0] < 1) {
      return false;
    }
    bucket[0]--;
    return true;
  }

  public void forget(K member) {
    buckets.remove(member);
  }
}

package dev.relay.accounts;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.ExtendedMapEntry;
import com.hazelcast.map.IMap;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * {@link AttemptLimits} shared by every instance of the cluster, in the Hazelcast map
 * {@value #MAP_NAME}: a failure counted on one instance blocks the key on all of them.
 *
 * <p><b>Atomicity.</b> A failure is counted by an entry processor ({@link CountFailure}) on the key's
 * partition owner, so simultaneous failures on several instances are all counted. The entry's Hazelcast
 * TTL is the window, set at its first failure and left alone by later ones, so a key's entry disappears
 * when its window ends and the map holds only keys that failed within a window.
 *
 * <p><b>Clocks.</b> The window's end is stamped with the clock of the instance that counted the first
 * failure and compared with the clock of the instance that asks, so the members' clock skew (NTP: a few
 * milliseconds) shifts a block by as much.
 *
 * <p><b>Context.</b> Only Hazelcast's asynchronous calls are used, so the caller's thread never blocks;
 * every future completes on the caller's context. A key of no configured kind, or a Hazelcast instance
 * that is shutting down, fails the future; nothing is thrown.
 */
public final class ClusterAttemptLimits implements AttemptLimits {

  public static final String MAP_NAME = "relay.login-failures";

  private final Vertx vertx;
  private final IMap<String, Failures> map;
  private final AttemptPolicies policies;
  private final LongSupplier millisClock;

  private ClusterAttemptLimits(Vertx vertx, IMap<String, Failures> map, AttemptPolicies policies,
      LongSupplier millisClock) {
    this.vertx = vertx;
    this.map = map;
    this.policies = policies;
    this.millisClock = millisClock;
  }

  /**
   * Opens the map (which may talk to the cluster, so off the event loop) and completes, on the caller's
   * context, with limits over it.
   *
   * @param millisClock epoch milliseconds, {@code System::currentTimeMillis} outside tests
   */
  public static Future<ClusterAttemptLimits> open(Vertx vertx, HazelcastInstance hazelcast, AttemptPolicies policies,
      LongSupplier millisClock) {
    return vertx.<IMap<String, Failures>>executeBlocking(() -> hazelcast.getMap(MAP_NAME), false)
        .map(map -> new ClusterAttemptLimits(vertx, map, policies, millisClock));
  }

  @Override
  public Future<Long> blockedSeconds(List<String> keys) {
    Context caller = vertx.getOrCreateContext();
    long now = millisClock.getAsLong();
    try {
      List<AttemptPolicy> each = keys.stream().map(policies::policyFor).toList();
      List<CompletableFuture<Failures>> reads = keys.stream().map(key -> map.getAsync(key).toCompletableFuture()).toList();
      CompletionStage<Long> seconds = CompletableFuture.allOf(reads.toArray(CompletableFuture[]::new))
          .thenApply(v -> longestBlock(now, each, reads));
      return Future.fromCompletionStage(seconds, caller);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  private static long longestBlock(long now, List<AttemptPolicy> each, List<CompletableFuture<Failures>> reads) {
    long longest = 0;
    for (int i = 0; i < reads.size(); i++) {
      Failures failures = reads.get(i).join();
      if (failures != null) {
        longest = Math.max(longest, failures.blockedMillis(now, each.get(i)));
      }
    }
    return Failures.toSeconds(longest);
  }

  @Override
  public Future<Void> failed(List<String> keys) {
    Context caller = vertx.getOrCreateContext();
    long now = millisClock.getAsLong();
    CompletableFuture<?>[] writes;
    try {
      writes = keys.stream()
          .map(key -> map.submitToKey(key, new CountFailure(now, policies.policyFor(key).windowMillis())))
          .map(CompletionStage::toCompletableFuture)
          .toArray(CompletableFuture[]::new);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return Future.fromCompletionStage(CompletableFuture.allOf(writes), caller);
  }

  @Override
  public Future<Void> succeeded(String key) {
    Context caller = vertx.getOrCreateContext();
    try {
      policies.policyFor(key);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
    return Future.fromCompletionStage(map.removeAsync(key), caller).mapEmpty();
  }

  /**
   * Counts one failure on the partition owner (and, with the same stamp, on its backup): a new entry lives
   * for the window; a later failure keeps the entry's expiry, which makes the window fixed from the first.
   *
   * @param nowMillis    the counting instance's clock when the failure happened
   * @param windowMillis the key's window
   */
  record CountFailure(long nowMillis, long windowMillis) implements EntryProcessor<String, Failures, Void> {

    @Override
    public Void process(Map.Entry<String, Failures> entry) {
      ExtendedMapEntry<String, Failures> extended = (ExtendedMapEntry<String, Failures>) entry;
      Failures previous = entry.getValue();
      Failures next = Failures.after(previous, nowMillis, windowMillis);
      if (previous == null || previous.endedBy(nowMillis)) {
        extended.setValue(next, windowMillis, TimeUnit.MILLISECONDS);
      } else {
        extended.setValueWithoutChangingExpiryTime(next);
      }
      return null;
    }
  }
}

package dev.relay.accounts;

import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The bookkeeping of {@link AttemptLimits} for one process, in plain collections.
 *
 * <p><b>Threading.</b> Not thread-safe: confined to its owner (see {@link LocalAttemptLimits}).
 *
 * <p><b>Bounds.</b> At most {@code maxKeys} keys are tracked. Keys whose window has ended are dropped at
 * each new key's first failure; when the ledger is still full, the key whose window started first is dropped,
 * which forgets the oldest failures (a spray of new keys can therefore free an old one early: the bound
 * on memory wins over the limit's memory).
 *
 * <p>Each kind has its own insertion-ordered map. Within a kind every window is equally long and starts at
 * insertion, so the head is the entry that ends first (unless the wall clock stepped back); dropping ended
 * entries costs only them.
 */
public final class AttemptLedger {

  private final AttemptPolicies policies;
  private final LongSupplier millisClock;
  private final int maxKeys;
  private final Map<String, LinkedHashMap<String, Failures>> byKind = new HashMap<>();
  private int size;

  /**
   * @param millisClock epoch milliseconds ({@code System::currentTimeMillis}); tests pass their own
   * @param maxKeys     keys tracked at most
   */
  public AttemptLedger(AttemptPolicies policies, LongSupplier millisClock, int maxKeys) {
    if (maxKeys < 1) {
      throw new IllegalArgumentException("the attempt ledger must hold at least 1 key");
    }
    this.policies = policies;
    this.millisClock = millisClock;
    this.maxKeys = maxKeys;
  }

  /** See {@link AttemptLimits#blockedSeconds}. */
  public long blockedSeconds(List<String> keys) {
    long now = millisClock.getAsLong();
    long longest = 0;
    for (String key : keys) {
      AttemptPolicy policy = policies.policyFor(key);
      Failures failures = kindOf(key).get(key);
      if (failures != null) {
        longest = Math.max(longest, failures.blockedMillis(now, policy));
      }
    }
    return Failures.toSeconds(longest);
  }

  /** See {@link AttemptLimits#failed}. */
  public void failed(List<String> keys) {
    long now = millisClock.getAsLong();
    for (String key : keys) {
      AttemptPolicy policy = policies.policyFor(key);
      LinkedHashMap<String, Failures> kind = kindOf(key);
      Failures previous = kind.get(key);
      if (previous != null && !previous.endedBy(now)) {
        kind.put(key, Failures.after(previous, now, policy.windowMillis()));
        continue;
      }
      if (previous != null) {
        kind.remove(key);
        size--;
      }
      makeRoom(now);
      kind.put(key, Failures.after(null, now, policy.windowMillis()));
      size++;
    }
  }

  /** See {@link AttemptLimits#succeeded}. */
  public void succeeded(String key) {
    policies.policyFor(key);
    if (kindOf(key).remove(key) != null) {
      size--;
    }
  }

  /** Keys tracked now, ended windows included until they are dropped. */
  public int size() {
    return size;
  }

  private LinkedHashMap<String, Failures> kindOf(String key) {
    return byKind.computeIfAbsent(key.substring(0, key.indexOf(':')), k -> new LinkedHashMap<>());
  }

  private void makeRoom(long now) {
    for (LinkedHashMap<String, Failures> kind : byKind.values()) {
      Iterator<Failures> heads = kind.values().iterator();
      while (heads.hasNext() && heads.next().endedBy(now)) {
        heads.remove();
        size--;
      }
    }
    if (size >= maxKeys) {
      dropOldest();
    }
  }

  private void dropOldest() {
    Map.Entry<String, LinkedHashMap<String, Failures>> oldestKind = null;
    long oldestStart = Long.MAX_VALUE;
    for (Map.Entry<String, LinkedHashMap<String, Failures>> kind : byKind.entrySet()) {
      if (kind.getValue().isEmpty()) {
        continue;
      }
      Map.Entry<String, Failures> head = kind.getValue().entrySet().iterator().next();
      long start = head.getValue().endsAtMillis() - policies.policyFor(head.getKey()).windowMillis();
      if (start < oldestStart) {
        oldestStart = start;
        oldestKind = kind;
      }
    }
    Iterator<Failures> head = oldestKind.getValue().values().iterator();
    head.next();
    head.remove();
    size--;
  }
}

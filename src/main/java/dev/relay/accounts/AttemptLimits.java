package dev.relay.accounts;

import io.vertx.core.Future;
import java.util.List;

/**
 * Failed-login limits per key (see {@link AttemptPolicies} for keys and {@link AttemptPolicy} for the
 * window). A login asks {@link #blockedSeconds} before it spends a hash on the password, reports the
 * outcome with {@link #failed} or {@link #succeeded}, and says "! too many failed logins, try again in N s"
 * while blocked.
 *
 * <p>Every future completes on the caller's context. Implementations never block the caller's thread.
 */
public interface AttemptLimits {

  /**
   * 0 when every key is under its limit; otherwise the whole seconds (rounded up, so at least 1) until the
   * longest-blocked key is free again.
   */
  Future<Long> blockedSeconds(List<String> keys);

  /** Counts one failed attempt against each key; a key's window starts at its first failure. */
  Future<Void> failed(List<String> keys);

  /** Forgets the failures of {@code key}, typically the account key after a good login. */
  Future<Void> succeeded(String key);
}

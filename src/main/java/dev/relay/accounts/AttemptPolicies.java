package dev.relay.accounts;

import java.util.Map;

/**
 * The attempt policy of each kind of key. A key is {@code kind:value}: {@code account:alice} counts failures
 * against one account from anywhere, {@code address:10.0.0.1} failures from one client address against any
 * account. Throttling both (Synapse's {@code rc_login} does the same) slows a guesser on one address
 * without letting anyone lock a victim out from everywhere (atheme#725) for longer than the account window.
 */
public record AttemptPolicies(Map<String, AttemptPolicy> byKind) {

  public static final String ACCOUNT = "account";
  public static final String ADDRESS = "address";

  public AttemptPolicies {
    byKind = Map.copyOf(byKind);
    if (byKind.isEmpty()) {
      throw new IllegalArgumentException("attempt policies need at least one kind of key");
    }
  }

  /** The usual pair: one policy for account keys, one for address keys. */
  public static AttemptPolicies of(AttemptPolicy account, AttemptPolicy address) {
    return new AttemptPolicies(Map.of(ACCOUNT, account, ADDRESS, address));
  }

  /** The key of failures against an account; {@code accountKey} is the account's normalised name. */
  public static String account(String accountKey) {
    return ACCOUNT + ":" + accountKey;
  }

  /** The key of failures from a client address, as text (IPv4 dotted, IPv6 as the JDK prints it). */
  public static String address(String address) {
    return ADDRESS + ":" + address;
  }

  /** The policy for {@code key}; IllegalArgumentException for a key of no configured kind. */
  public AttemptPolicy policyFor(String key) {
    int colon = key.indexOf(':');
    AttemptPolicy policy = colon < 1 ? null : byKind.get(key.substring(0, colon));
    if (policy == null) {
      throw new IllegalArgumentException("no attempt policy for key '" + key + "'");
    }
    return policy;
  }
}

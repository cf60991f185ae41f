package dev.relay.chat;

import dev.relay.bus.Rank;

/**
 * Which aliases are registered accounts: only a member who logged in may hold one, and a member who holds one
 * is logged in to it, so a logged-in member keeps its alias. Read on the hub's context.
 */
@FunctionalInterface
public interface Registrations {

  /** No accounts: every alias is a guest's. */
  Registrations NONE = key -> false;

  /** Whether the alias with key {@code key} ({@link Names#key}) is a registered account. */
  boolean registered(String key);

  /** The rank of whoever holds the alias with key {@code key}: a guest's unless it is an account. */
  default Rank rank(String key) {
    return registered(key) ? Rank.USER : Rank.GUEST;
  }

  /** Whether a guest may join now (not, when so configured, while the accounts' database is down). */
  default boolean guestsWelcome() {
    return true;
  }
}

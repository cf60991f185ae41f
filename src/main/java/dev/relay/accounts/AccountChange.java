package dev.relay.accounts;

/**
 * A change to the registered accounts, as every node's {@link AccountDirectory} applies it: {@code name} registered
 * with {@code role}, or, when {@code removed}, the account with key {@code key} gone. Travels the clustered event
 * bus in its text form, {@link #wire()}: aliases have no spaces.
 */
public record AccountChange(String key, String name, ServerRole role, boolean removed) {

  public static AccountChange registered(String key, String name, ServerRole role) {
    return new AccountChange(key, name, role, false);
  }

  public static AccountChange removed(String key) {
    return new AccountChange(key, key, ServerRole.NONE, true);
  }

  public String wire() {
    return removed ? "removed " + key : "registered " + key + " " + name + " " + role.wire();
  }

  /** The change {@link #wire()} wrote; an {@link IllegalArgumentException} for anything else. */
  public static AccountChange parse(String wire) {
    String[] parts = wire.split(" ");
    if (parts.length == 2 && parts[0].equals("removed")) {
      return removed(parts[1]);
    }
    if (parts.length == 4 && parts[0].equals("registered")) {
      return registered(parts[1], parts[2], ServerRole.parse(parts[3])
          .orElseThrow(() -> new IllegalArgumentException("no such role in " + wire)));
    }
    throw new IllegalArgumentException("not an account change: " + wire);
  }
}

package dev.relay.accounts;

import java.util.Locale;
import java.util.Optional;

/** What an account may do server-wide. Stored and shown by its {@link #wire()} name. */
public enum ServerRole {
  NONE, MODERATOR, ADMIN;

  /** {@code none}, {@code moderator} or {@code admin}. */
  public String wire() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The role whose wire name this is, in any letter case; empty for anything else. */
  public static Optional<ServerRole> parse(String text) {
    for (ServerRole role : values()) {
      if (role.wire().equalsIgnoreCase(text)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}

package dev.relay.accounts;

import dev.relay.bus.WireNames;
import dev.relay.bus.Rank;
import java.util.Optional;

/** What an account may do server-wide. Stored and shown by its {@link #wire()} name. */
public enum ServerRole {
  NONE, MODERATOR, ADMIN;

  /** {@code none}, {@code moderator} or {@code admin}. */
  public String wire() {
    return WireNames.of(this);
  }

  /** The rank an account with this role has. */
  public Rank rank() {
    return switch (this) {
      case NONE -> Rank.USER;
      case MODERATOR -> Rank.MODERATOR;
      case ADMIN -> Rank.ADMIN;
    };
  }

  /** The role that gives an account {@code rank}: a guest's or a plain member's is none. */
  public static ServerRole of(Rank rank) {
    return switch (rank) {
      case GUEST, USER -> NONE;
      case MODERATOR -> MODERATOR;
      case ADMIN -> ADMIN;
    };
  }

  /** The role whose wire name this is, in any letter case; empty for anything else. */
  public static Optional<ServerRole> parse(String text) {
    return WireNames.parse(ServerRole.class, text);
  }
}

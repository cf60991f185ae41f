package dev.relay.store;

import dev.relay.bus.WireNames;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An account's role in a registered room, kept across restarts and granted again on every join. An account has at
 * most one role per room; deleting the room or the account deletes it.
 *
 * @param roomKey    the room's key
 * @param accountKey the account's key
 * @param role       what the account may do in the room
 * @param grantedBy  who granted it (an alias), at most 64 characters
 * @param grantedAt  when; stored to the microsecond
 */
public record RoomRole(String roomKey, String accountKey, Kind role, String grantedBy, Instant grantedAt) {

  public RoomRole {
    Objects.requireNonNull(roomKey, "roomKey");
    Objects.requireNonNull(accountKey, "accountKey");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(grantedBy, "grantedBy");
    Objects.requireNonNull(grantedAt, "grantedAt");
  }

  /** A room role. Stored and shown by its {@link #wire()} name. */
  public enum Kind {
    /** May kick, ban, mute, set the topic and grant roles in the room. */
    OPERATOR,
    /** May speak in a moderated room. */
    VOICE;

    /** {@code operator} or {@code voice}. */
    public String wire() {
      return WireNames.of(this);
    }

    /** The role whose wire name this is, in any letter case; empty for anything else. */
    public static Optional<Kind> parse(String text) {
      return WireNames.parse(Kind.class, text);
    }
  }
}

package dev.relay.store;

import dev.relay.bus.RoomRank;
import java.time.Instant;
import java.util.Objects;

/**
 * An account's role in a registered room, kept across restarts and granted again on every join. An account has at
 * most one role per room; deleting the room or the account deletes it.
 *
 * @param roomKey    the room's key
 * @param accountKey the account's key
 * @param role       what the account may do in the room: operator or voice
 * @param grantedBy  who granted it (an alias), at most 64 characters
 * @param grantedAt  when; stored to the microsecond
 */
public record RoomRole(String roomKey, String accountKey, RoomRank role, String grantedBy, Instant grantedAt) {

  public RoomRole {
    Objects.requireNonNull(roomKey, "roomKey");
    Objects.requireNonNull(accountKey, "accountKey");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(grantedBy, "grantedBy");
    Objects.requireNonNull(grantedAt, "grantedAt");
    if (role == RoomRank.OWNER) {
      throw new IllegalArgumentException("a room's owner is the room's, not a role");
    }
  }
}

package dev.relay.bus;

import java.util.Optional;

/**
 * A member's standing in one room, lowest first: voiced (may speak when the room is moderated), operator (runs the
 * room: topic, kicks, bans, mutes, modes, invitations, voice) and owner (who registered the room, or who opened an
 * unregistered one: also grants operator). A member acts only on members below it and grants only ranks below its
 * own; server moderators and administrators stand above every owner.
 */
public enum RoomRank {
  VOICE,
  OPERATOR,
  OWNER;

  public boolean atLeast(RoomRank other) {
    return compareTo(other) >= 0;
  }

  /** {@code voice}, {@code operator}, {@code owner}. */
  public String wire() {
    return WireNames.of(this);
  }

  public static Optional<RoomRank> parse(String text) {
    return WireNames.parse(RoomRank.class, text);
  }
}

package dev.relay.chat;

import dev.relay.bus.Rank;
import dev.relay.bus.RoomRank;

/**
 * How far a member's word goes in one room, lowest first: its server rank and its rank in the room together. Server
 * moderators and administrators stand above every room's owner. A member acts only on members standing below it,
 * and grants only ranks below its own standing.
 */
enum Standing {
  GUEST,
  USER,
  VOICE,
  OPERATOR,
  OWNER,
  MODERATOR,
  ADMIN;

  static Standing of(Rank server, RoomRank room) {
    Standing byServer = switch (server) {
      case GUEST -> GUEST;
      case USER -> USER;
      case MODERATOR -> MODERATOR;
      case ADMIN -> ADMIN;
    };
    if (room == null) {
      return byServer;
    }
    Standing byRoom = switch (room) {
      case VOICE -> VOICE;
      case OPERATOR -> OPERATOR;
      case OWNER -> OWNER;
    };
    return byRoom.compareTo(byServer) > 0 ? byRoom : byServer;
  }

  /** The standing a room rank gives. */
  static Standing of(RoomRank room) {
    return of(Rank.GUEST, room);
  }

  boolean above(Standing other) {
    return compareTo(other) > 0;
  }

  boolean atLeast(Standing other) {
    return compareTo(other) >= 0;
  }
}

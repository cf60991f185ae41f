package dev.relay.bus;

import dev.relay.chat.RoomCount;
import java.time.Instant;
import java.util.List;

/**
 * What happened in the chat, as every front end needs to show it and in no wire format: the hub and the
 * cluster deal in these, and each front end renders them in its own dialect. Rooms are named as their creator
 * spelled them; aliases as their holders did.
 */
public sealed interface ChatEvent {

  /** An event every member of {@link #room()} gets. */
  sealed interface InRoom extends ChatEvent {
    String room();
  }

  /**
   * A member spoke. {@code id} is unique per room across the cluster; {@code at} is the server's clock (UTC)
   * when the sender's instance accepted the line.
   */
  record Said(String room, String id, Instant at, String alias, String text) implements InRoom {
  }

  /** {@code /me}: a member acted. */
  record Acted(String room, String id, Instant at, String alias, String action) implements InRoom {
  }

  /** A notice: text from a member (often a program) that no one should answer automatically. */
  record Noticed(String room, String id, Instant at, String alias, String text) implements InRoom {
  }

  record Joined(String room, String alias) implements InRoom {
  }

  /** The member left the room and stays in the chat; {@code reason} may be empty. */
  record Left(String room, String alias, String reason) implements InRoom {
  }

  /**
   * The member left the chat (it quit, its connection closed or its server went), so it left this room as well
   * as any other it was in; {@code reason} is empty for an ordinary disconnect.
   */
  record Quit(String room, String alias, String reason) implements InRoom {
  }

  record Renamed(String room, String oldAlias, String newAlias) implements InRoom {
  }

  /** The handshake succeeded: the member chats as {@code alias} and is in {@code room} (null: in no room yet). */
  record Welcome(String alias, String room) implements ChatEvent {
  }

  /** The member moved to {@code room}. */
  record EnteredRoom(String room) implements ChatEvent {
  }

  /** A private message to this member; a {@code notice} is one no one should answer automatically. */
  record PrivateMessage(String from, Instant at, String text, boolean notice) implements ChatEvent {
  }

  /** The sender's copy of its private message; {@code away} is the recipient's away message, empty if it is here. */
  record PrivateMessageSent(String to, String text, String away) implements ChatEvent {
  }

  /**
   * What the chat knows of the member holding {@code alias}: whether it is {@code online}, what it shows
   * ({@code info}, null when offline) and the rooms it is in, in the order it entered them.
   */
  record Profile(String alias, boolean online, MemberInfo info, List<String> rooms) implements ChatEvent {
    public Profile {
      rooms = List.copyOf(rooms);
    }
  }

  /** Who is in {@code room}, in the order they entered. */
  record Members(String room, List<MemberInfo> members) implements ChatEvent {
    public Members {
      members = List.copyOf(members);
    }

    public List<String> aliases() {
      return members.stream().map(MemberInfo::alias).toList();
    }
  }

  /** The rooms of the chat and how many are in each. */
  record Rooms(List<RoomCount> rooms) implements ChatEvent {
    public Rooms {
      rooms = List.copyOf(rooms);
    }
  }

  /** The hub could not do what the member asked; {@code subject} is the alias or room concerned. */
  record Refused(Refusal refusal, String subject) implements ChatEvent {
  }

  /** The member was disconnected by {@code by}, a moderator, for {@code reason} (may be empty): its last words. */
  record Disconnected(String by, String reason) implements ChatEvent {
  }

  /** The moderator's confirmation: {@code alias} was disconnected by {@code by}. */
  record Killed(String alias, String by, String reason) implements ChatEvent {
  }

  /** {@code command} needs at least the rank {@code needed}, which the member does not have. */
  record NotAllowed(String command, Rank needed) implements ChatEvent {
  }

  /** The member may act only on members of a lower rank, and {@code alias} is not. */
  record Outranked(String alias) implements ChatEvent {
  }

  /** The answer to the member's {@code Ping}. */
  record Pong(String token) implements ChatEvent {
  }

  /** The member asked to leave; the connection closes after this. */
  record Goodbye() implements ChatEvent {
  }

  /** Why the hub refused a request. */
  enum Refusal {
    ALIAS_TAKEN,
    /** The alias is a registered account: only a member who logs in to it may use it. */
    ALIAS_REGISTERED,
    /** Guests may not join while the accounts' database is down (so configured): only a login would do, later. */
    GUESTS_UNWELCOME,
    /** A logged-in member's alias is its account; it cannot change it. */
    LOGGED_IN,
    /** The alias registry did not answer (the cluster is in trouble). */
    ALIAS_UNAVAILABLE,
    /** After a network split healed, the other side kept the alias; the member is disconnected. */
    ALIAS_LOST_IN_SPLIT,
    ALREADY_KNOWN_AS,
    ALREADY_IN_ROOM,
    NO_SUCH_ALIAS,
    NO_SUCH_ROOM,
    /** Leaving a room the member is not in. */
    NOT_IN_ROOM,
    /** Speaking to a room the member is not in. */
    CANNOT_SEND_TO_ROOM
  }
}

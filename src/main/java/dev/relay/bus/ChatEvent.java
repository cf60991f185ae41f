package dev.relay.bus;

import dev.relay.chat.RoomCount;
import java.time.Instant;
import java.util.List;
import java.util.Map;

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
   * A line of a room's history: {@code seq} is its place in the room's one order (1, 2, 3, ... in each room, the same
   * on every instance); {@code at} the server's clock (UTC, milliseconds) when the sender's instance accepted it.
   */
  sealed interface Line extends InRoom {
    long seq();

    Instant at();

    /** Who said it, acted or set the topic. */
    String alias();

    String text();

    LineKind kind();

    /** The same line in {@code room} as now spelled, which is how history read back is named. */
    Line in(String room);

    /** What the store keeps of the line besides its kind, alias and time: its text, unless the kind needs more. */
    default String stored() {
      return text();
    }

    /** A line of {@code kind} as the store keeps it. */
    static Line of(LineKind kind, String room, long seq, Instant at, String alias, String text) {
      return switch (kind) {
        case SAID -> new Said(room, seq, at, alias, text);
        case ACTED -> new Acted(room, seq, at, alias, text);
        case NOTICED -> new Noticed(room, seq, at, alias, text);
        case TOPIC -> new TopicChanged(room, seq, at, text, alias);
        case SHARED -> new Shared(room, seq, at, alias, SharedFile.decode(text));
      };
    }
  }

  /** A member spoke. */
  record Said(String room, long seq, Instant at, String alias, String text) implements Line {
    @Override
    public LineKind kind() {
      return LineKind.SAID;
    }

    @Override
    public Said in(String room) {
      return new Said(room, seq, at, alias, text);
    }
  }

  /** {@code /me}: a member acted. */
  record Acted(String room, long seq, Instant at, String alias, String action) implements Line {
    @Override
    public String text() {
      return action;
    }

    @Override
    public LineKind kind() {
      return LineKind.ACTED;
    }

    @Override
    public Acted in(String room) {
      return new Acted(room, seq, at, alias, action);
    }
  }

  /** A notice: text from a member (often a program) that no one should answer automatically. */
  record Noticed(String room, long seq, Instant at, String alias, String text) implements Line {
    @Override
    public LineKind kind() {
      return LineKind.NOTICED;
    }

    @Override
    public Noticed in(String room) {
      return new Noticed(room, seq, at, alias, text);
    }
  }

  /** A member shared a file it uploaded: every dialect shows its name, type, size and link. */
  record Shared(String room, long seq, Instant at, String alias, SharedFile file) implements Line {
    /** What the member did, as an action: {@code shared cat.png (image/png, 182 KB) URL}. */
    @Override
    public String text() {
      return "shared " + file.name() + " (" + file.type() + ", " + file.sizeText() + ") " + file.url();
    }

    @Override
    public String stored() {
      return file.encode();
    }

    @Override
    public LineKind kind() {
      return LineKind.SHARED;
    }

    @Override
    public Shared in(String room) {
      return new Shared(room, seq, at, alias, file);
    }
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

  /** The room's topic was set ({@code topic} empty: cleared) by {@code by}. */
  record TopicChanged(String room, long seq, Instant at, String topic, String by) implements Line {
    @Override
    public String alias() {
      return by;
    }

    @Override
    public String text() {
      return topic;
    }

    @Override
    public LineKind kind() {
      return LineKind.TOPIC;
    }

    @Override
    public TopicChanged in(String room) {
      return new TopicChanged(room, seq, at, topic, by);
    }
  }

  /** {@code by} changed settings at once, in this order. */
  record ModesChanged(String room, List<ModeChange> changes, String by) implements InRoom {
    public ModesChanged {
      changes = List.copyOf(changes);
    }
  }

  /** One setting changed: a flag to on or off, a key or a limit ({@code value} empty: none). */
  record ModeChange(RoomMode mode, boolean on, String value) {
  }

  /** {@code by} granted ({@code granted}) or took back {@code alias}'s rank in the room. */
  record RankChanged(String room, String alias, RoomRank rank, boolean granted, String by) implements InRoom {
  }

  /** {@code by} put {@code alias} out of the room. */
  record Kicked(String room, String alias, String by, String reason) implements InRoom {
  }

  /**
   * A ban or mute was set ({@code set}) or lifted by {@code by}: in the room, or, as the actor's confirmation of a
   * server-wide one, with {@code room} {@code *}. {@code until} is null for a permanent one (or a lifted one).
   */
  record SanctionChanged(String room, SanctionKind kind, SanctionTarget target, boolean set, String by,
      Instant until, String reason) implements InRoom {
  }

  /** {@code by} cleared the room's history: what was said before is no longer kept. */
  record HistoryCleared(String room, String by) implements InRoom {
  }

  /** {@code owner} registered the room: its settings and ranks now outlive its members. */
  record RoomRegistered(String room, String owner) implements InRoom {
  }

  /** The room's topic, as asked for or on entering it: empty for none; {@code by} and {@code at} null then. */
  record Topic(String room, String topic, String by, Instant at) implements ChatEvent {
  }

  /** The room's settings, as asked for, and when it was opened or registered. */
  record Modes(String room, RoomModes modes, Instant created) implements ChatEvent {
  }

  /** The member's rank in {@code room}, as it enters it (none: not sent). */
  record RankInRoom(String room, RoomRank rank) implements ChatEvent {
  }

  /** The bans and mutes holding in {@code room} ({@code *}: server-wide), oldest first. */
  record Sanctions(String room, List<SanctionLine> sanctions) implements ChatEvent {
    public Sanctions {
      sanctions = List.copyOf(sanctions);
    }
  }

  /** One ban or mute as listed; {@code until} null for a permanent one. */
  record SanctionLine(SanctionKind kind, SanctionTarget target, String by, Instant at, Instant until,
      String reason) {
  }

  /**
   * The member is banned, from {@code room} or (room {@code *}) from the chat: why it cannot enter, or its last words
   * when the ban put it out. {@code until} is null for a permanent ban.
   */
  record Banned(String room, String by, String reason, Instant until) implements ChatEvent {
  }

  /** The member may not speak in {@code room} ({@code *}: anywhere) until {@code until} (null: for good). */
  record Muted(String room, Instant until) implements ChatEvent {
  }

  /** {@code by} invited the member to {@code room}. */
  record Invited(String room, String by) implements ChatEvent {
  }

  /** The inviter's confirmation. */
  record InviteSent(String room, String alias) implements ChatEvent {
  }

  /** The member acted on {@code alias}, who is not in {@code room}. */
  record TargetNotInRoom(String alias, String room) implements ChatEvent {
  }

  /** {@code by}, an administrator or moderator, to everyone. */
  record Announcement(String by, String text) implements ChatEvent {
  }

  /** {@code command} needs at least {@code needed} in {@code room}, which the member does not have there. */
  record NeedsRoomRank(String command, String room, RoomRank needed) implements ChatEvent {
  }

  /** The handshake succeeded: the member chats as {@code alias} and is in {@code room} (null: in no room yet). */
  record Welcome(String alias, String room) implements ChatEvent {
  }

  /**
   * Lines of {@code room}'s history for this member, oldest first, and {@code why}. For {@link Replay#RESUMED}:
   * {@code missed} lines were said after the one the member saw last, and {@code gone} of them are no longer kept
   * (the room's history is off, or they expired or were cleared); when the cap on a resume left older kept ones out
   * (only the newest are given), {@code gone} is -1: not counted. Both are 0 otherwise.
   */
  record History(String room, Replay why, List<Line> lines, long missed, long gone) implements ChatEvent {
    public History {
      lines = List.copyOf(lines);
    }

    public static History of(String room, Replay why, List<Line> lines) {
      return new History(room, why, lines, 0, 0);
    }
  }

  /** Private messages kept for the member while it was away (it logs in to its account), oldest first. */
  record Mailbox(List<PrivateMessage> messages) implements ChatEvent {
    public Mailbox {
      messages = List.copyOf(messages);
    }
  }

  /** The sender's confirmation: {@code alias} is a registered account not connected now; it gets the message later. */
  record KeptForLater(String alias) implements ChatEvent {
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

  /**
   * Who is in {@code room}, in the order they entered, and the ranks they hold there (by alias, none left out);
   * {@code secret}: the room is left out of room lists.
   */
  record Members(String room, List<MemberInfo> members, Map<String, RoomRank> ranks, boolean secret)
      implements ChatEvent {
    public Members {
      members = List.copyOf(members);
      ranks = Map.copyOf(ranks);
    }

    public Members(String room, List<MemberInfo> members) {
      this(room, members, Map.of(), false);
    }

    /** The member's rank in the room, or null for none. */
    public RoomRank rankOf(String alias) {
      return ranks.get(alias);
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
  /** An upload token for the member, from {@code /upload} (docs/PROTOCOL.md 13). */
  record UploadGranted(String token, String url, long maxBytes, long validSeconds) implements ChatEvent {
  }

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
    CANNOT_SEND_TO_ROOM,
    /** A moderated room: only voiced members and operators speak. */
    MODERATED,
    /** An invite-only room, and the member was not invited. */
    INVITE_ONLY,
    /** The room has a key, and the member gave none or another. */
    BAD_KEY,
    /** The room has as many members as its limit. */
    ROOM_FULL,
    /** Registering a room that is registered already. */
    ROOM_REGISTERED,
    /** Registering a room needs an account: the member is a guest. */
    ACCOUNT_NEEDED,
    /** Lifting a ban or mute that there is not. */
    NO_SUCH_SANCTION,
    /** The store refused or did not answer: nothing changed. */
    STORE_UNAVAILABLE,
    /** The lobby belongs to everyone: it cannot be registered, moderated or closed. */
    LOBBY,
    /** The room keeps no history: its owner turned it off. */
    HISTORY_OFF,
    /** The member asked for history too often; it may ask again in a moment. */
    HISTORY_THROTTLED,
    /** The account holds as many kept private messages as it may: this one is not kept. */
    MAILBOX_FULL
  }
}

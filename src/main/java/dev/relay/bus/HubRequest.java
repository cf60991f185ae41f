package dev.relay.bus;

/** What a listener asks of its node's hub on behalf of one connection. Sent to {@link Addresses#HUB}. */
public sealed interface HubRequest {

  MemberId from();

  /**
   * The handshake: claim {@code alias} (already syntactically valid) and, with {@code enterLobby}, enter the lobby;
   * without, the member is in no room until it joins one (as an IRC client is). {@code user} and
   * {@code realName} are what the member shows besides its alias. {@code loggedIn}: the connection has logged in
   * to the account {@code alias}, without which a registered alias is refused. {@code address}: the client's IP
   * address, as address bans match it.
   */
  record Hello(MemberId from, String alias, boolean enterLobby, String user, String realName, boolean loggedIn,
      String address) implements HubRequest {

    /** The line protocol's: the lobby, and nothing to show but the alias. */
    public Hello(MemberId from, String alias, boolean loggedIn, String address) {
      this(from, alias, true, alias, alias, loggedIn, address);
    }


    /** A guest's, in the line protocol. */
    public Hello(MemberId from, String alias, String address) {
      this(from, alias, false, address);
    }
  }

  /** The member is away with {@code message}, or back when it is empty. */
  record Away(MemberId from, String message) implements HubRequest {
  }

  record Say(MemberId from, String room, String text) implements HubRequest {
  }

  /** Share in {@code room} (a key) the file the member uploaded. */
  record Share(MemberId from, String room, SharedFile file) implements HubRequest {
  }

  record Act(MemberId from, String room, String action) implements HubRequest {
  }

  /** Text for the room that no one should answer automatically; a notice that cannot be delivered is dropped. */
  record Notice(MemberId from, String room, String text) implements HubRequest {
  }

  record Rename(MemberId from, String alias) implements HubRequest {
  }

  /**
   * Leave {@code fromRoom} and enter {@code toRoom}, giving {@code key} (empty: none) if it has one: the line protocol
   * keeps one room per connection. A move that is refused leaves the member where it was. With {@code resumeAfter}
   * (a line's id; -1: none) the member gets the lines after it instead of the room's last lines ({@code /resume}).
   */
  record Move(MemberId from, String fromRoom, String toRoom, String key, long resumeAfter) implements HubRequest {
    public Move(MemberId from, String fromRoom, String toRoom, String key) {
      this(from, fromRoom, toRoom, key, -1);
    }
  }

  /** Lines of the history of {@code room} (a key), which the member is in, for {@code why}. */
  record History(MemberId from, String room, HistoryQuery query, Replay why) implements HubRequest {
  }

  /**
   * Enter {@code room} (as the client spelled it), giving {@code key} (empty: none) if it has one, staying in the rooms
   * the member is in.
   */
  record Join(MemberId from, String room, String key, long resumeAfter) implements HubRequest {
    public Join(MemberId from, String room, String key) {
      this(from, room, key, -1);
    }
  }

  /** Leave the room with key {@code room}, staying in the chat. */
  record Part(MemberId from, String room, String reason) implements HubRequest {
  }

  record Who(MemberId from, String room) implements HubRequest {
  }

  /** What the chat knows of the member holding {@code alias}: answered with a {@code Profile}. */
  record Whois(MemberId from, String alias) implements HubRequest {
  }

  record ListRooms(MemberId from) implements HubRequest {
  }

  /** A private message; a {@code notice} that cannot be delivered is dropped without a word. */
  record Whisper(MemberId from, String alias, String text, boolean notice) implements HubRequest {
  }

  /**
   * Answered with a {@code Pong} carrying {@code token}, after the answers to every request before it: a client
   * that waits for it has everything those requests caused (IRC's PING works this way).
   */
  record Ping(MemberId from, String token) implements HubRequest {
  }

  /** A moderator disconnects the member holding {@code alias}, wherever it is; {@code reason} may be empty. */
  record Kill(MemberId from, String alias, String reason) implements HubRequest {
  }

  /**
   * A moderation request on behalf of the member: in the room with key {@code room}, or server-wide when it is
   * {@code *} (a ban or mute then holds in every room, an announcement reaches everyone).
   */
  record Moderate(MemberId from, String room, RoomAction action) implements HubRequest {
  }

  /** The room's topic, answered with a {@code Topic}. */
  record Topic(MemberId from, String room) implements HubRequest {
  }

  /** The room's settings, answered with a {@code Modes} (IRC's {@code MODE #room}). */
  record Modes(MemberId from, String room) implements HubRequest {
  }

  /** The bans and mutes holding in the room with key {@code room} (or {@code *}: server-wide). */
  record ListSanctions(MemberId from, String room) implements HubRequest {
  }

  /** The client asked to leave; the hub says goodbye and tells the listener to close. */
  record Quit(MemberId from, String reason) implements HubRequest {
  }

  /** The connection is already closed; {@code reason} is empty for an ordinary disconnect. */
  record Gone(MemberId from, String reason) implements HubRequest {
  }
}

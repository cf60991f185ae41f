package dev.relay.client;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the client knows about its place on the server, across reconnects: the alias it goes by, the room it
 * is in and the room the user chose, and the account's resume token. It answers the handshake with the known
 * alias (and the token, when the alias is an account) and, after a reconnect, goes back to the chosen room:
 * with {@code /resume ROOM ID} when it knows the last line shown there ({@link SeenLines}), else with
 * {@code /join ROOM}. Plain state, confined to the client loop.
 */
final class Session {

  /** The prompt while the user types a password; the terminal does not echo what is typed then. */
  static final String PASSWORD_PROMPT = "password? ";
  static final String QUIT = "/quit";

  /** What the client must do after a server line. */
  sealed interface Reaction {

    record Nothing() implements Reaction {
    }

    record Send(String line) implements Reaction {
    }

    /** The alias the client offered by itself was refused; {@code reason} is the server's error. */
    record AliasRefused(String reason) implements Reaction {
    }

    /** The server let us in, into {@code room}; {@code back} says how to go back to the user's room. */
    record Welcomed(String room, Back back) implements Reaction {
    }

    /** The server put us in {@code room}. */
    record Entered(String room) implements Reaction {
    }
  }

  /** Where the client goes right after a welcome. */
  sealed interface Back {

    /** Nowhere: the welcome's room is the user's, and nothing of it was shown yet. */
    record Stay() implements Back {
    }

    /** Back to {@code room}, whose lines after line {@code after} (the last shown) the server sends. */
    record Resume(String room, long after) implements Back {

      String line() {
        return "/resume " + room + " " + after;
      }
    }

    /** Back to {@code room}, none of whose lines was shown. */
    record Rejoin(String room) implements Back {

      String line() {
        return "/join " + room;
      }
    }
  }

  private final SeenLines seen;
  private boolean chatting;
  private String preferredAlias;
  private String offeredAlias;
  private String alias;
  private String room;
  private String chosenRoom;
  /** The last resume token the server gave, or null. */
  private String resumeToken;
  private boolean tokenOffered;
  /** The server asked for a password that the user must type. */
  private boolean passwordAsked;

  /**
   * @param alias the alias to answer the first {@code alias?} with; empty lets the user answer it
   * @param seen  the last line shown per room, which a return to the room resumes from
   */
  Session(Optional<String> alias, SeenLines seen) {
    preferredAlias = alias.orElse(null);
    this.seen = seen;
  }

  Reaction onLine(ServerLine line) {
    if (line instanceof ServerLine.AliasPrompt && !chatting && preferredAlias != null && offeredAlias == null) {
      offeredAlias = preferredAlias;
      return new Reaction.Send(offeredAlias);
    }
    if (line instanceof ServerLine.PasswordPrompt && !chatting) {
      return passwordPrompt();
    }
    if (line instanceof ServerLine.ResumeToken token) {
      resumeToken = token.token();
      return new Reaction.Nothing();
    }
    if (line instanceof ServerLine.Error error && !chatting && (offeredAlias != null || tokenOffered)) {
      if (tokenOffered) {
        resumeToken = null;
        tokenOffered = false;
      }
      offeredAlias = null;
      preferredAlias = null;
      return new Reaction.AliasRefused(error.reason());
    }
    // A welcome while chatting can only be someone's /me imitating one, so only the handshake takes it.
    if (line instanceof ServerLine.Welcome welcome && !chatting) {
      return welcomed(welcome);
    }
    if (line instanceof ServerLine.RoomEntered entered && chatting) {
      room = entered.room();
      chosenRoom = room;
      return new Reaction.Entered(room);
    } else if (line instanceof ServerLine.Renamed renamed && chatting && renamed.oldAlias().equals(alias)) {
      alias = renamed.newAlias();
      preferredAlias = alias;
    }
    return new Reaction.Nothing();
  }

  /** The alias offered is an account: after a reconnect its resume token answers, else the user does. */
  private Reaction passwordPrompt() {
    if (resumeToken != null && offeredAlias != null && !tokenOffered) {
      tokenOffered = true;
      return new Reaction.Send(resumeToken);
    }
    passwordAsked = true;
    return new Reaction.Nothing();
  }

  /** The connection is gone: the next one starts with a handshake, answered with the alias in use. */
  void connectionLost() {
    chatting = false;
    offeredAlias = null;
    tokenOffered = false;
    passwordAsked = false;
  }

  /** Whether a line the user typed can go to the server now rather than wait for the handshake to end. */
  boolean acceptsInput() {
    return chatting || userAnswersAlias() || passwordAsked;
  }

  /** A line the user typed went to the server. */
  void userSent() {
    passwordAsked = false;
  }

  /** Whether what the user types next is a password (not to be echoed). */
  boolean asksPassword() {
    return passwordAsked;
  }

  boolean chatting() {
    return chatting;
  }

  String prompt() {
    if (passwordAsked) {
      return PASSWORD_PROMPT;
    }
    if (userAnswersAlias()) {
      return "alias? ";
    }
    if (room == null) {
      return offeredOrPreferred() + "> ";
    }
    return "[" + room + "] " + alias + "> ";
  }

  Optional<String> alias() {
    return Optional.ofNullable(alias);
  }

  Optional<String> room() {
    return Optional.ofNullable(room);
  }

  private Reaction welcomed(ServerLine.Welcome welcome) {
    chatting = true;
    tokenOffered = false;
    passwordAsked = false;
    alias = welcome.alias();
    preferredAlias = alias;
    offeredAlias = null;
    room = welcome.room();
    if (chosenRoom == null) {
      chosenRoom = room;
      return new Reaction.Welcomed(room, new Back.Stay());
    }
    OptionalLong last = seen.last(chosenRoom);
    if (last.isPresent()) {
      return new Reaction.Welcomed(room, new Back.Resume(chosenRoom, last.getAsLong()));
    }
    return new Reaction.Welcomed(room, sameName(chosenRoom, room) ? new Back.Stay() : new Back.Rejoin(chosenRoom));
  }

  private boolean userAnswersAlias() {
    return !chatting && preferredAlias == null && offeredAlias == null;
  }

  private String offeredOrPreferred() {
    return offeredAlias != null ? offeredAlias : preferredAlias;
  }

  /** Whether the server reads {@code line} as {@code /quit [REASON]}. */
  static boolean isQuit(String line) {
    String lower = line.toLowerCase(Locale.ROOT);
    return lower.startsWith(QUIT)
        && (lower.length() == QUIT.length() || Character.isWhitespace(lower.charAt(QUIT.length())));
  }

  /** The server compares names ignoring case. */
  private static boolean sameName(String a, String b) {
    return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }
}

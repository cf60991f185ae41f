package dev.relay.client;

import java.util.Locale;
import java.util.Optional;

/**
 * What the client knows about its place on the server, across reconnects: the alias it goes by, the room it
 * is in and the room the user chose, and the account's resume token. It answers the handshake with the known
 * alias (and the token, when the alias is an account) and, after a reconnect, asks to go back to the chosen
 * room. Plain state, confined to the client loop.
 */
final class Session {

  /** The prompt while the user types a password; the terminal does not echo what is typed then. */
  static final String PASSWORD_PROMPT = "password? ";

  /** What the client must do after a server line. */
  sealed interface Reaction {

    record Nothing() implements Reaction {
    }

    record Send(String line) implements Reaction {
    }

    /** The alias the client offered by itself was refused; {@code reason} is the server's error. */
    record AliasRefused(String reason) implements Reaction {
    }
  }

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

  /** @param alias the alias to answer the first {@code alias?} with; empty lets the user answer it */
  Session(Optional<String> alias) {
    preferredAlias = alias.orElse(null);
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
      return new Reaction.Nothing();
    }
    return sameName(chosenRoom, room) ? new Reaction.Nothing() : new Reaction.Send("/join " + chosenRoom);
  }

  private boolean userAnswersAlias() {
    return !chatting && preferredAlias == null && offeredAlias == null;
  }

  private String offeredOrPreferred() {
    return offeredAlias != null ? offeredAlias : preferredAlias;
  }

  /** The server compares names ignoring case. */
  private static boolean sameName(String a, String b) {
    return a.toLowerCase(Locale.ROOT).equals(b.toLowerCase(Locale.ROOT));
  }
}

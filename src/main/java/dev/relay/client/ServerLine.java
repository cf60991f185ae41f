package dev.relay.client;

/**
 * The few server lines the client acts on (docs/PROTOCOL.md); every other line is only shown. Lines come
 * without their CRLF.
 */
sealed interface ServerLine {

  String ALIAS_PROMPT = "alias?";
  String PASSWORD_PROMPT = "password?";
  String RESUME_TOKEN = "* resume token: ";
  String WELCOME = "* You are now connected as ";
  String IN_ROOM = " in room ";
  String ROOM_ENTERED = "* You are now in room ";
  String RENAMED = " is now known as ";
  String ERROR = "! ";
  String NOTICE = "* ";

  /** {@code alias?}: the server waits for an alias. */
  record AliasPrompt() implements ServerLine {
  }

  /** {@code password?}: the alias is an account; the server waits for its password or a resume token. */
  record PasswordPrompt() implements ServerLine {
  }

  /** {@code * resume token: T}: logs in to the account in place of the password, after a reconnect. */
  record ResumeToken(String token) implements ServerLine {
  }

  /** {@code * You are now connected as ALIAS in room ROOM. Type /help for commands.} */
  record Welcome(String alias, String room) implements ServerLine {
  }

  /** {@code * You are now in room ROOM}: the answer to our {@code /join}. */
  record RoomEntered(String room) implements ServerLine {
  }

  /** {@code * OLD is now known as NEW}: someone in the room, perhaps us, changed alias. */
  record Renamed(String oldAlias, String newAlias) implements ServerLine {
  }

  /** {@code ! REASON}. */
  record Error(String reason) implements ServerLine {
  }

  /** Chat, private messages and every other notice. */
  record Other() implements ServerLine {
  }

  static ServerLine parse(String line) {
    if (line.equals(ALIAS_PROMPT)) {
      return new AliasPrompt();
    }
    if (line.equals(PASSWORD_PROMPT)) {
      return new PasswordPrompt();
    }
    if (line.startsWith(RESUME_TOKEN) && isWord(line.substring(RESUME_TOKEN.length()))) {
      return new ResumeToken(line.substring(RESUME_TOKEN.length()));
    }
    if (line.startsWith(ERROR)) {
      return new Error(line.substring(ERROR.length()));
    }
    if (line.startsWith(WELCOME)) {
      return welcome(line.substring(WELCOME.length()));
    }
    if (line.startsWith(ROOM_ENTERED)) {
      String room = firstWord(line.substring(ROOM_ENTERED.length()));
      return room.isEmpty() ? new Other() : new RoomEntered(room);
    }
    return renamed(line);
  }

  private static ServerLine welcome(String rest) {
    int in = rest.indexOf(IN_ROOM);
    if (in < 0 || !isWord(rest.substring(0, in))) {
      return new Other();
    }
    String room = firstWord(rest.substring(in + IN_ROOM.length()));
    // Room names cannot contain '.', so the first one ends the name ("lobby. Type /help ...").
    int dot = room.indexOf('.');
    room = dot < 0 ? room : room.substring(0, dot);
    return room.isEmpty() ? new Other() : new Welcome(rest.substring(0, in), room);
  }

  private static ServerLine renamed(String line) {
    if (!line.startsWith(NOTICE)) {
      return new Other();
    }
    String rest = line.substring(NOTICE.length());
    int at = rest.indexOf(RENAMED);
    if (at < 0) {
      return new Other();
    }
    String oldAlias = rest.substring(0, at);
    String newAlias = rest.substring(at + RENAMED.length());
    return isWord(oldAlias) && isWord(newAlias) ? new Renamed(oldAlias, newAlias) : new Other();
  }

  private static boolean isWord(String text) {
    return !text.isEmpty() && text.indexOf(' ') < 0;
  }

  private static String firstWord(String text) {
    int space = text.indexOf(' ');
    return space < 0 ? text : text.substring(0, space);
  }
}

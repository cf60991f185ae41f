package dev.relay.client;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
  String IDS_SHOWN = "* room lines now show their ids";
  /** A live room line after {@code /ids on}: {@code [#812] alice: hi}. */
  Pattern ROOM_LINE = Pattern.compile("\\[#(\\d{1,18})] (.*)");
  /** A room line read back, in a block: {@code [10:02:03 #810] alice: hello}. */
  Pattern KEPT_LINE = Pattern.compile("\\[\\d\\d:\\d\\d:\\d\\d #(\\d{1,18})] .*");
  Pattern HISTORY_START = Pattern.compile("-- history of (\\S+): (?:no lines|(\\d{1,9}) lines?) --");
  Pattern MISSED_START = Pattern.compile("-- you missed (?:nothing|(\\d{1,18}) lines?"
      + "(?:; (\\d{1,18}) (?:is|are) no longer kept|; the newest (\\d{1,9}) follow)?) --");
  /** The answer to {@code /resume} after a line the room does not have: its numbering started again. */
  Pattern RENUMBERED_START = Pattern.compile("-- (\\S+) was numbered anew: you may have missed lines; (?:its last"
      + " (?:(\\d{1,9}) lines follow|line follows)|it has no lines now) --");
  Pattern DAY = Pattern.compile("-- \\d{4}-\\d\\d-\\d\\d --");
  String HISTORY_END = "-- end of history --";
  String MISSED_END = "-- end of missed lines --";

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

  /** {@code * room lines now show their ids}: the answer to {@code /ids on}. */
  record IdsShown() implements ServerLine {
  }

  /** {@code [#812] alice: hi}: a line said in our room, with its id; {@code text} is the line without the id. */
  record RoomLine(long id, String text) implements ServerLine {
  }

  /** {@code [10:02:03 #810] alice: hello}: a room line read back, inside a block of them. */
  record KeptLine(long id) implements ServerLine {
  }

  /** {@code -- history of ROOM: N lines --} ({@code no lines}: 0): a room's last lines follow. */
  record HistoryStart(String room, int lines) implements ServerLine {
  }

  /**
   * {@code -- you missed N lines[; G are no longer kept | ; the newest K follow] --} or {@code -- you missed nothing
   * --}: the answer to {@code /resume}; {@code follow} is how many lines come after it.
   */
  record MissedStart(long follow) implements ServerLine {
  }

  /**
   * {@code -- ROOM was numbered anew: you may have missed lines; its last N lines follow --}: the room's numbering
   * started again, and its last lines follow ({@code follow} of them).
   */
  record Renumbered(String room, int follow) implements ServerLine {
  }

  /** {@code -- 2026-11-30 --}: the lines after it were said that day (UTC). */
  record Day() implements ServerLine {
  }

  /** {@code -- end of history --} or {@code -- end of missed lines --}. */
  record BlockEnd() implements ServerLine {
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
    if (line.equals(IDS_SHOWN)) {
      return new IdsShown();
    }
    if (line.startsWith("[")) {
      return roomLine(line);
    }
    if (line.startsWith("-- ")) {
      return block(line);
    }
    return renamed(line);
  }

  private static ServerLine roomLine(String line) {
    Matcher live = ROOM_LINE.matcher(line);
    if (live.matches()) {
      return new RoomLine(Long.parseLong(live.group(1)), live.group(2));
    }
    Matcher kept = KEPT_LINE.matcher(line);
    return kept.matches() ? new KeptLine(Long.parseLong(kept.group(1))) : new Other();
  }

  private static ServerLine block(String line) {
    if (line.equals(HISTORY_END) || line.equals(MISSED_END)) {
      return new BlockEnd();
    }
    if (DAY.matcher(line).matches()) {
      return new Day();
    }
    Matcher history = HISTORY_START.matcher(line);
    if (history.matches()) {
      return new HistoryStart(history.group(1), history.group(2) == null ? 0 : Integer.parseInt(history.group(2)));
    }
    Matcher renumbered = RENUMBERED_START.matcher(line);
    if (renumbered.matches()) {
      return new Renumbered(renumbered.group(1), renumbered.group(2) != null ? Integer.parseInt(renumbered.group(2))
          : line.contains("its last line follows") ? 1 : 0);
    }
    Matcher missed = MISSED_START.matcher(line);
    if (!missed.matches()) {
      return new Other();
    }
    if (missed.group(1) == null) {
      return new MissedStart(0);
    }
    long count = Long.parseLong(missed.group(1));
    if (missed.group(3) != null) {
      return new MissedStart(Long.parseLong(missed.group(3)));
    }
    return new MissedStart(missed.group(2) == null ? count : Math.max(0, count - Long.parseLong(missed.group(2))));
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

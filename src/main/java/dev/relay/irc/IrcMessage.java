package dev.relay.irc;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One line from an IRC client, parsed (RFC 1459 section 2.3.1, modern.ircdocs.horse "Messages"): the command in
 * upper case and its parameters, the trailing one included. A client's tags and prefix are read past: the server
 * knows who sent the line, and denies every client-only tag ({@code CLIENTTAGDENY=*}).
 */
record IrcMessage(String command, List<String> params) {

  /** RFC 1459 allows 15 parameters; what comes after them is part of the last. */
  static final int MAX_PARAMS = 15;
  /** A client's tags: 4094 bytes of them, with the {@code @} before and the space after (IRCv3 message-tags). */
  static final int MAX_TAG_BYTES = 4096;

  IrcMessage {
    params = List.copyOf(params);
  }

  /** The message on {@code line}, or null for a line with no command (IRC ignores those). */
  static IrcMessage parse(String line) {
    int at = skipSpaces(line, 0);
    if (at < line.length() && line.charAt(at) == '@') {
      at = skipSpaces(line, wordEnd(line, at));
    }
    if (at < line.length() && line.charAt(at) == ':') {
      at = skipSpaces(line, wordEnd(line, at));
    }
    if (at >= line.length()) {
      return null;
    }
    int end = wordEnd(line, at);
    String command = line.substring(at, end).toUpperCase(Locale.ROOT);
    List<String> params = new ArrayList<>();
    at = skipSpaces(line, end);
    while (at < line.length()) {
      if (line.charAt(at) == ':' || params.size() == MAX_PARAMS - 1) {
        params.add(line.substring(line.charAt(at) == ':' ? at + 1 : at));
        break;
      }
      end = wordEnd(line, at);
      params.add(line.substring(at, end));
      at = skipSpaces(line, end);
    }
    return new IrcMessage(command, params);
  }

  /**
   * Whether {@code line} (without its line end) is longer than IRC allows: its tags over {@link #MAX_TAG_BYTES} with
   * their {@code @} and space, or the rest over 510 bytes.
   */
  static boolean tooLong(byte[] line) {
    int rest = 0;
    if (line.length > 0 && line[0] == '@') {
      while (rest < line.length && line[rest] != ' ') {
        rest++;
      }
      while (rest < line.length && line[rest] == ' ') {
        rest++;
      }
      if (rest > MAX_TAG_BYTES) {
        return true;
      }
    }
    return line.length - rest > IrcWire.MAX_LINE_BYTES;
  }

  /**
   * The command of a line that could not be decoded, read as ASCII up to the first space (IRC commands are
   * ASCII), or {@code *} when it has none: what a FAIL reply names.
   */
  static String commandOf(byte[] line) {
    int start = 0;
    while (start < line.length && (line[start] == '@' || line[start] == ':')) {
      while (start < line.length && line[start] != ' ') {
        start++;
      }
      while (start < line.length && line[start] == ' ') {
        start++;
      }
    }
    StringBuilder command = new StringBuilder();
    for (int i = start; i < line.length && line[i] != ' '; i++) {
      char c = (char) line[i];
      if (!Character.isLetterOrDigit(c) || c > 127) {
        return "*";
      }
      command.append(Character.toUpperCase(c));
    }
    return command.length() == 0 ? "*" : command.toString();
  }

  String param(int index) {
    return params.get(index);
  }

  /** The parameter at {@code index}, or {@code otherwise} when the client sent fewer. */
  String param(int index, String otherwise) {
    return index < params.size() ? params.get(index) : otherwise;
  }

  private static int skipSpaces(String line, int at) {
    while (at < line.length() && line.charAt(at) == ' ') {
      at++;
    }
    return at;
  }

  private static int wordEnd(String line, int at) {
    int space = line.indexOf(' ', at);
    return space < 0 ? line.length() : space;
  }
}

package dev.relay.client;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The commands the client handles itself instead of sending them: {@code /send PATH} and {@code /get ID|URL [PATH]}.
 * A path is the rest of the line, spaces included.
 */
sealed interface FileCommand {

  String SEND = "/send";
  String GET = "/get";
  Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

  /** {@code /send PATH}: upload the file and share it in the room. */
  record Send(String path) implements FileCommand {
  }

  /** {@code /get URL [PATH]}; {@code path} empty: the current directory. */
  record GetUrl(String url, Optional<String> path) implements FileCommand {
  }

  /** {@code /get ID [PATH]}: the file of that id in a shared line seen. */
  record GetId(String id, Optional<String> path) implements FileCommand {
  }

  /** The command was misused; {@code message} says how, starting with {@code ! }. */
  record Wrong(String message) implements FileCommand {
  }

  /** The client's command in {@code line}, or empty for a line that goes to the server. */
  static Optional<FileCommand> parse(String line) {
    String name = firstWord(line).toLowerCase(Locale.ROOT);
    String rest = line.substring(firstWord(line).length()).strip();
    if (name.equals(SEND)) {
      return Optional.of(rest.isEmpty() ? new Wrong("! usage: /send PATH") : new Send(rest));
    }
    if (name.equals(GET)) {
      return Optional.of(get(rest));
    }
    return Optional.empty();
  }

  private static FileCommand get(String args) {
    if (args.isEmpty()) {
      return new Wrong("! usage: /get ID|URL [PATH]");
    }
    String target = firstWord(args);
    String rest = args.substring(target.length()).strip();
    Optional<String> path = rest.isEmpty() ? Optional.empty() : Optional.of(rest);
    String lower = target.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return new GetUrl(target, path);
    }
    if (lower.contains(":")) {
      return new Wrong("! /get takes http and https URLs only");
    }
    return ID.matcher(target).matches() ? new GetId(target, path) : new Wrong("! not a file id: " + target);
  }

  private static String firstWord(String text) {
    int space = 0;
    while (space < text.length() && !Character.isWhitespace(text.charAt(space))) {
      space++;
    }
    return text.substring(0, space);
  }
}

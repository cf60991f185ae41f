package dev.relay.chat;

import java.util.Locale;
import java.util.Optional;

/** The rules for aliases and room names (docs/PROTOCOL.md, section 3 and 5). */
public final class Names {

  public static final int MAX_LENGTH = 32;
  public static final String LOBBY = "lobby";
  /** The lobby's key ({@link #key}). */
  public static final String LOBBY_KEY = key(LOBBY);
  private static final String RESERVED_ALIAS = "you";
  /** Besides letters and digits: Relay's own, and IRC's nickname symbols, so that every IRC nick is an alias. */
  public static final String ALIAS_SYMBOLS = "_-.[]\\`^{|}";

  private Names() {
  }

  /** Why {@code alias} is not a valid alias, or empty when it is. */
  public static Optional<String> aliasProblem(String alias) {
    int length = alias.codePointCount(0, alias.length());
    if (length < 1 || length > MAX_LENGTH) {
      return Optional.of("alias must be 1-" + MAX_LENGTH + " characters");
    }
    boolean valid = alias.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || ALIAS_SYMBOLS.indexOf(c) >= 0);
    if (!valid) {
      return Optional.of("alias may contain only letters, digits and " + ALIAS_SYMBOLS);
    }
    // "* You ..." is how the server speaks to a client; "/me" lines from a "You" could pass for it.
    return key(alias).equals(RESERVED_ALIAS) ? Optional.of("alias '" + alias + "' is reserved") : Optional.empty();
  }

  /** The room name as written without its optional leading '#'. */
  public static String stripRoomPrefix(String room) {
    return room.startsWith("#") ? room.substring(1) : room;
  }

  /** Why {@code room} (already without '#') is not a valid room name, or empty when it is. */
  public static Optional<String> roomProblem(String room) {
    int length = room.codePointCount(0, room.length());
    if (length < 1 || length > MAX_LENGTH) {
      return Optional.of("room name must be 1-" + MAX_LENGTH + " characters");
    }
    boolean valid = room.codePoints().allMatch(c -> Character.isLetterOrDigit(c) || c == '_' || c == '-');
    return valid ? Optional.empty() : Optional.of("room name may contain only letters, digits, '_' and '-'");
  }

  /** The form two aliases or room names are compared in: they are the same name when their keys are equal. */
  public static String key(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}

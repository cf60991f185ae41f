package dev.relay.bus;

import java.util.Locale;
import java.util.Optional;

/** How Relay's enums are written where people and databases read them: the constant's name in lower case. */
public final class WireNames {

  private WireNames() {
  }

  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }

  /** The constant of {@code type} whose wire name {@code text} is, in any letter case; empty for anything else. */
  public static <E extends Enum<E>> Optional<E> parse(Class<E> type, String text) {
    for (E value : type.getEnumConstants()) {
      if (of(value).equalsIgnoreCase(text)) {
        return Optional.of(value);
      }
    }
    return Optional.empty();
  }
}

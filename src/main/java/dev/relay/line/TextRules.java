package dev.relay.line;

import java.util.Optional;

/** What chat text may contain: anything printable. Control characters could rewrite other users' terminals. */
public final class TextRules {

  private TextRules() {
  }

  /** Why {@code text} cannot be sent, or empty when it can. */
  public static Optional<String> problem(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != '\t' && (Character.isISOControl(c))) {
        return Optional.of("control characters are not allowed");
      }
    }
    return Optional.empty();
  }
}

package dev.relay.bus;

import java.util.Optional;

/** What a room's history keeps: a line said, a {@code /me}, a notice, a topic set, a file shared. */
public enum LineKind {
  SAID,
  ACTED,
  NOTICED,
  TOPIC,
  SHARED;

  /** {@code said}, {@code acted}, {@code noticed}, {@code topic}, {@code shared}: as the store keeps it. */
  public String wire() {
    return WireNames.of(this);
  }

  public static Optional<LineKind> parse(String text) {
    return WireNames.parse(LineKind.class, text);
  }
}

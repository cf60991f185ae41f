package dev.relay.bus;

import java.util.Optional;

/** What a sanction does. Stored and shown by its {@link #wire()} name. */
public enum SanctionKind {
  /** Keeps the target out (of the room, or of the chat when server-wide). */
  BAN,
  /** Lets the target in and read, never speak. */
  MUTE;

  /** {@code ban} or {@code mute}. */
  public String wire() {
    return WireNames.of(this);
  }

  public static Optional<SanctionKind> parse(String text) {
    return WireNames.parse(SanctionKind.class, text);
  }
}

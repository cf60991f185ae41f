package dev.relay.irc;

import java.util.Optional;

/**
 * The IRCv3 capabilities Relay offers (docs/IRC.md 2 and 10), by the name {@code CAP} uses. Each changes what the
 * client is sent, never what the chat does.
 */
enum IrcCapability {
  /** Room lines and private messages carry {@code @time=}, the instant the chat accepted them. */
  SERVER_TIME("server-time"),
  /** The full tag syntax: room lines carry {@code msgid=}; {@code TAGMSG} is accepted (and, with every client-only
   * tag denied, dropped). */
  MESSAGE_TAGS("message-tags"),
  /** Replayed and asked-for history comes framed in a {@code BATCH} of type {@code chathistory}. */
  BATCH("batch"),
  /** The client asks for history with {@code CHATHISTORY} and gets none replayed on joining. Offered only while the
   * server keeps history. */
  CHATHISTORY("draft/chathistory"),
  /** History batches carry {@code TOPIC} lines too, not only {@code PRIVMSG} and {@code NOTICE}. */
  EVENT_PLAYBACK("draft/event-playback"),
  /** Logging in to an account ({@link IrcLogin}). Offered only when the server has accounts. */
  SASL("sasl");

  private final String wire;

  IrcCapability(String wire) {
    this.wire = wire;
  }

  String wire() {
    return wire;
  }

  static Optional<IrcCapability> named(String name) {
    for (IrcCapability cap : values()) {
      if (cap.wire.equals(name)) {
        return Optional.of(cap);
      }
    }
    return Optional.empty();
  }
}

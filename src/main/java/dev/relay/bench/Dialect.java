package dev.relay.bench;

import io.vertx.core.buffer.Buffer;

/**
 * The line protocol a bench connection speaks. Parsing works on byte ranges of the receive buffer; a line
 * given here carries no line ending.
 */
sealed interface Dialect permits RelayDialect, IrcDialect {

  /** The dialect called {@code name} on the command line. */
  static Dialect named(String name) {
    return switch (name) {
      case "relay" -> new RelayDialect();
      case "irc" -> new IrcDialect();
      default -> throw new IllegalArgumentException("--dialect must be relay or irc, got '" + name + "'");
    };
  }

  String name();

  /** What the client sends as soon as the connection is up; empty when it waits for the server to speak. */
  Buffer greeting(String alias);

  /** The answer to a {@link Control#PROMPT}. */
  Buffer alias(String alias);

  /** Whether getting into {@code room} takes a command after registration. */
  boolean needsJoin(String room);

  Buffer join(String room);

  /** The bytes before the text of a message to {@code room}. */
  byte[] sayPrefix(String room);

  byte[] lineEnd();

  /**
   * Whether the server sends a sender its own room messages. Relay does (PROTOCOL.md 4.2), IRC does not:
   * there a message is acknowledged by another member that receives it.
   */
  boolean echoesSender();

  /** Longest message text this dialect can carry in one line. */
  int maxTextBytes();

  /** Where the text of a room message starts in {@code line[from, to)}, or -1 when the line is not one. */
  int chatText(byte[] line, int from, int to);

  /** What a line that is not a room message means. */
  Control control(byte[] line, int from, int to);

  /** The answer to a {@link Control#PING} line. */
  Buffer pong(byte[] line, int from, int to);
}

package dev.relay.bench;

import io.vertx.core.buffer.Buffer;

/** Relay's own line protocol (docs/PROTOCOL.md): {@code alias?} handshake, {@code /join}, {@code ALIAS: TEXT}. */
final class RelayDialect implements Dialect {

  private static final byte[] PROMPT = LineBytes.ascii("alias?");
  private static final byte[] WELCOME = LineBytes.ascii("* You are now connected as ");
  private static final byte[] IN_ROOM = LineBytes.ascii("* You are now in room ");
  private static final byte[] ERROR = LineBytes.ascii("! ");
  private static final byte[] LF = {'\n'};
  private static final byte[] NOTHING = {};
  private static final String LOBBY = "lobby";

  @Override
  public String name() {
    return "relay";
  }

  @Override
  public Buffer greeting(String alias) {
    return Buffer.buffer();
  }

  @Override
  public Buffer alias(String alias) {
    return Buffer.buffer(alias + "\n");
  }

  /** The handshake already puts every client in the lobby (PROTOCOL.md 2.4). */
  @Override
  public boolean needsJoin(String room) {
    return !room.equalsIgnoreCase(LOBBY);
  }

  @Override
  public Buffer join(String room) {
    return Buffer.buffer("/join " + room + "\n");
  }

  /** A line that does not start with {@code /} is said to the current room (PROTOCOL.md 4.1). */
  @Override
  public byte[] sayPrefix(String room) {
    return NOTHING;
  }

  @Override
  public byte[] lineEnd() {
    return LF;
  }

  @Override
  public boolean echoesSender() {
    return true;
  }

  /** The server's default line limit (PROTOCOL.md 6.1); a server run with a larger one takes more. */
  @Override
  public int maxTextBytes() {
    return 65_536;
  }

  /**
   * {@code ALIAS: TEXT}: notices, errors and private messages start with {@code *}, {@code !} and
   * {@code [}, and an alias holds neither a colon nor a blank (PROTOCOL.md 3.1), so the first {@code ": "}
   * before any blank ends it.
   */
  @Override
  public int chatText(byte[] line, int from, int to) {
    if (to - from < 3 || line[from] == '*' || line[from] == '!' || line[from] == '[') {
      return -1;
    }
    for (int i = from; i < to - 1; i++) {
      if (line[i] == ':') {
        return line[i + 1] == ' ' ? i + 2 : -1;
      }
      if (line[i] == ' ') {
        return -1;
      }
    }
    return -1;
  }

  @Override
  public Control control(byte[] line, int from, int to) {
    if (LineBytes.equals(line, from, to, PROMPT)) {
      return Control.PROMPT;
    }
    if (LineBytes.startsWith(line, from, to, WELCOME)) {
      return Control.REGISTERED;
    }
    if (LineBytes.startsWith(line, from, to, IN_ROOM)) {
      return Control.JOINED;
    }
    if (LineBytes.startsWith(line, from, to, ERROR)) {
      return Control.REFUSAL;
    }
    return Control.OTHER;
  }

  @Override
  public Buffer pong(byte[] line, int from, int to) {
    return Buffer.buffer();
  }
}

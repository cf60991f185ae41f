package dev.relay.bench;

import io.vertx.core.buffer.Buffer;

/**
 * Plain IRC (RFC 1459/2812) as a client needs it for chat: NICK and USER, wait for 001, JOIN, PRIVMSG,
 * answer PING. It asks for IRCv3 {@code draft/chathistory} on the way, which tells a server that replays a channel's
 * last lines on JOIN (Relay does) to leave them out: they would count as duplicates; a server without it says NAK.
 * Room messages arrive as {@code :nick!user@host PRIVMSG #room :text}, possibly after IRCv3 message tags; the server
 * does not send a sender its own messages.
 */
final class IrcDialect implements Dialect {

  private static final byte[] PRIVMSG = LineBytes.ascii("PRIVMSG");
  private static final byte[] PING = LineBytes.ascii("PING");
  private static final byte[] ERROR = LineBytes.ascii("ERROR");
  private static final byte[] CRLF = {'\r', '\n'};
  private static final int WELCOME = 1;
  private static final int END_OF_NAMES = 366;
  private static final int NO_MOTD = 422;
  /** RFC 2812 caps a line at 512 bytes, and receivers get the sender's prefix in front of the text. */
  private static final int MAX_TEXT = 400;

  @Override
  public String name() {
    return "irc";
  }

  @Override
  public Buffer greeting(String alias) {
    return Buffer.buffer("CAP REQ :draft/chathistory\r\nNICK " + alias + "\r\nUSER " + alias
        + " 0 * :relay bench\r\nCAP END\r\n");
  }

  @Override
  public Buffer alias(String alias) {
    return Buffer.buffer();
  }

  @Override
  public boolean needsJoin(String room) {
    return true;
  }

  @Override
  public Buffer join(String room) {
    return Buffer.buffer("JOIN " + channel(room) + "\r\n");
  }

  @Override
  public byte[] sayPrefix(String room) {
    return LineBytes.ascii("PRIVMSG " + channel(room) + " :");
  }

  @Override
  public byte[] lineEnd() {
    return CRLF;
  }

  @Override
  public boolean echoesSender() {
    return false;
  }

  @Override
  public int maxTextBytes() {
    return MAX_TEXT;
  }

  @Override
  public int chatText(byte[] line, int from, int to) {
    int command = commandStart(line, from, to);
    if (command < 0) {
      return -1;
    }
    int afterCommand = LineBytes.indexOf(line, command, to, (byte) ' ');
    if (afterCommand < 0 || !LineBytes.equals(line, command, afterCommand, PRIVMSG)) {
      return -1;
    }
    int afterTarget = LineBytes.indexOf(line, afterCommand + 1, to, (byte) ' ');
    if (afterTarget < 0) {
      return -1;
    }
    int text = afterTarget + 1;
    return text < to && line[text] == ':' ? text + 1 : text;
  }

  /**
   * Error numerics (400-599) and ERROR refuse; 422 (no MOTD) is among the error numbers but only says a
   * server has no message of the day.
   */
  @Override
  public Control control(byte[] line, int from, int to) {
    int command = commandStart(line, from, to);
    if (command < 0) {
      return Control.OTHER;
    }
    int end = LineBytes.indexOf(line, command, to, (byte) ' ');
    end = end < 0 ? to : end;
    if (LineBytes.equals(line, command, end, PING)) {
      return Control.PING;
    }
    if (LineBytes.equals(line, command, end, ERROR)) {
      return Control.REFUSAL;
    }
    int numeric = numeric(line, command, end);
    if (numeric == WELCOME) {
      return Control.REGISTERED;
    }
    if (numeric == END_OF_NAMES) {
      return Control.JOINED;
    }
    if (numeric >= 400 && numeric < 600 && numeric != NO_MOTD) {
      return Control.REFUSAL;
    }
    return Control.OTHER;
  }

  /** {@code PONG} with the PING's parameters. */
  @Override
  public Buffer pong(byte[] line, int from, int to) {
    int command = commandStart(line, from, to);
    int params = command + PING.length;
    return Buffer.buffer("PONG").appendBytes(line, params, to - params).appendBytes(CRLF);
  }

  static String channel(String room) {
    return room.startsWith("#") ? room : "#" + room;
  }

  /** Start of the command word, after the optional {@code @tags} and {@code :prefix}; -1 if there is none. */
  private static int commandStart(byte[] line, int from, int to) {
    int i = from;
    if (i < to && line[i] == '@') {
      i = LineBytes.indexOf(line, i, to, (byte) ' ');
      if (i < 0) {
        return -1;
      }
      i++;
    }
    if (i < to && line[i] == ':') {
      i = LineBytes.indexOf(line, i, to, (byte) ' ');
      if (i < 0) {
        return -1;
      }
      i++;
    }
    return i < to ? i : -1;
  }

  /** The three-digit reply number in {@code line[from, to)}, or -1. */
  private static int numeric(byte[] line, int from, int to) {
    if (to - from != 3) {
      return -1;
    }
    int value = 0;
    for (int i = from; i < to; i++) {
      if (line[i] < '0' || line[i] > '9') {
        return -1;
      }
      value = value * 10 + (line[i] - '0');
    }
    return value;
  }
}

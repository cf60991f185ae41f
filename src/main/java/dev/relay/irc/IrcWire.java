package dev.relay.irc;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * How a line the server sends looks on IRC's wire: {@code :prefix COMMAND params}, the last parameter after a
 * colon when it needs one, CRLF-ended, and never longer than 512 bytes with its CRLF (tags aside, which have their
 * own budget); text that would not fit is split by {@link IrcText} before it gets here.
 */
final class IrcWire {

  /** The longest line without its CRLF and without tags. */
  static final int MAX_LINE_BYTES = 510;
  private static final byte[] CRLF = {'\r', '\n'};

  private IrcWire() {
  }

  /** The line {@code :prefix command params...}; the last parameter gets its colon when it needs one. */
  static String line(String prefix, String command, List<String> params) {
    StringBuilder line = new StringBuilder(64).append(':').append(prefix).append(' ').append(command);
    for (int i = 0; i < params.size(); i++) {
      String param = params.get(i);
      line.append(' ');
      if (i == params.size() - 1 && (param.isEmpty() || param.indexOf(' ') >= 0 || param.charAt(0) == ':')) {
        line.append(':');
      }
      line.append(param);
    }
    return line.toString();
  }

  static String line(String prefix, String command, String... params) {
    return line(prefix, command, List.of(params));
  }

  /** {@code :prefix command params... :text}: text after its colon always, as chat text and reasons are sent. */
  static String withText(String prefix, String command, List<String> params, String text) {
    StringBuilder line = new StringBuilder(64).append(':').append(prefix).append(' ').append(command);
    for (String param : params) {
      line.append(' ').append(param);
    }
    return line.append(" :").append(text).toString();
  }

  /** Appends {@code line}, cut to {@link #MAX_LINE_BYTES} at a character boundary, and its CRLF. */
  static void append(Buffer out, String line) {
    append(out, "", line);
  }

  /** The same with message tags ({@code @time=...} and a space), which do not count against the limit. */
  static void append(Buffer out, String tags, String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    int length = bytes.length;
    if (length > MAX_LINE_BYTES) {
      length = MAX_LINE_BYTES;
      while ((bytes[length] & 0xC0) == 0x80) {
        length--;
      }
    }
    if (!tags.isEmpty()) {
      out.appendString(tags);
    }
    out.appendBytes(bytes, 0, length).appendBytes(CRLF);
  }

  /** {@code nick!user@host} for a member: Relay knows its members by alias alone, so the alias is all three. */
  static String source(String alias) {
    return alias + "!" + alias + "@" + IrcReplies.HOST;
  }
}

package dev.relay.line;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Encodes output lines for the wire: UTF-8, each ended by CRLF so that both telnet and nc render them. */
public final class Lines {

  private static final byte[] CRLF = {'\r', '\n'};

  private Lines() {
  }

  /** A line end alone: what follows a greeting sent without one. */
  public static Buffer lineEnd() {
    return Buffer.buffer(2).appendBytes(CRLF);
  }

  public static Buffer encode(String line) {
    byte[] bytes = line.getBytes(StandardCharsets.UTF_8);
    return Buffer.buffer(bytes.length + 2).appendBytes(bytes).appendBytes(CRLF);
  }

  public static Buffer encode(String... lines) {
    return encode(List.of(lines));
  }

  public static Buffer encode(List<String> lines) {
    return append(Buffer.buffer(), lines);
  }

  /** Appends the lines to {@code out}, each ended by CRLF; returns {@code out}. */
  public static Buffer append(Buffer out, List<String> lines) {
    for (String line : lines) {
      out.appendString(line, "UTF-8").appendBytes(CRLF);
    }
    return out;
  }
}

package dev.relay.client;

import java.io.IOException;
import java.io.Reader;

/**
 * Splits the server's text into lines: a line ends at LF and loses one CR before it. A line longer than the
 * limit is handed out in pieces, so a server that never sends LF cannot fill the client's memory.
 */
final class IncomingLines {

  static final int MAX_LINE_CHARS = 64 * 1024;

  private final Reader in;
  private final int maxChars;
  private final StringBuilder line = new StringBuilder();

  IncomingLines(Reader in, int maxChars) {
    this.in = in;
    this.maxChars = maxChars;
  }

  /** The next line, or null at the end of the stream (a last line without LF is still returned). */
  String next() throws IOException {
    line.setLength(0);
    int c;
    while ((c = in.read()) >= 0) {
      if (c == '\n') {
        return withoutCr();
      }
      line.append((char) c);
      if (line.length() >= maxChars) {
        return line.toString();
      }
    }
    return line.length() > 0 ? withoutCr() : null;
  }

  private String withoutCr() {
    int end = line.length();
    return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
  }
}

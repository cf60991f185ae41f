package dev.relay.bench;

import dev.relay.edge.LineFeeds;
import io.vertx.core.buffer.Buffer;

/**
 * Splits what a connection receives into lines without a copy per line: the bytes pass through one small
 * reusable array, slice by slice, and every complete line is handed over as a range of it. A line may end
 * in LF or CRLF; the range excludes both. The array starts small, so that thousands of idle connections
 * cost little, and grows only for a line longer than it, up to {@code maxLineBytes}.
 *
 * <p>Not thread-safe: one scanner per connection, used on its event loop. A range is valid only during the
 * {@link Lines#line} call.
 */
final class LineScanner {

  /** Receives each complete line. */
  interface Lines {
    void line(byte[] bytes, int from, int to);
  }

  private static final int INITIAL_BYTES = 2048;

  private final int maxLineBytes;
  private final Lines lines;
  private byte[] held = new byte[INITIAL_BYTES];
  private int length;

  LineScanner(int maxLineBytes, Lines lines) {
    this.maxLineBytes = maxLineBytes;
    this.lines = lines;
  }

  /** Passes on the lines {@code chunk} completes; false once an unfinished line is longer than the limit. */
  boolean feed(Buffer chunk) {
    int size = chunk.length();
    int offset = 0;
    while (offset < size) {
      if (length == held.length && !grow()) {
        return false;
      }
      int slice = Math.min(size - offset, held.length - length);
      chunk.getBytes(offset, offset + slice, held, length);
      offset += slice;
      length += slice;
      passLines(length - slice);
    }
    return length <= maxLineBytes;
  }

  /** Hands over the complete lines, looking for line ends from {@code scanFrom}, and keeps the rest. */
  private void passLines(int scanFrom) {
    int lineStart = 0;
    int lf = LineFeeds.indexOf(held, scanFrom, length);
    while (lf >= 0) {
      lines.line(held, lineStart, lf > lineStart && held[lf - 1] == '\r' ? lf - 1 : lf);
      lineStart = lf + 1;
      lf = LineFeeds.indexOf(held, lineStart, length);
    }
    length -= lineStart;
    System.arraycopy(held, lineStart, held, 0, length);
  }

  /** Makes room for a line longer than the array; false when it is already past the limit. */
  private boolean grow() {
    if (length > maxLineBytes) {
      return false;
    }
    byte[] larger = new byte[Math.min(held.length * 2, maxLineBytes + 1)];
    System.arraycopy(held, 0, larger, 0, length);
    held = larger;
    return true;
  }
}

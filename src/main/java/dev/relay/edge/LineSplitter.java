package dev.relay.edge;

import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * Cuts a byte stream into LF-terminated lines, holding at most {@code maxLineBytes} of any one line.
 *
 * <p>Pull-based so that the caller can stop between lines (flood control, a pending handshake) and pick
 * up later: {@link #feed} hands over one chunk, {@link #next} returns frames until it needs more bytes.
 * A line over the limit yields one {@link Frame.TooLong} as soon as the limit is passed; the rest of it,
 * up to and including its LF, is dropped without being stored. Not thread-safe: one owner.
 */
public final class LineSplitter implements FrameSource {

  private static final byte CR = '\r';
  private static final byte[] EMPTY = new byte[0];

  private final int maxLineBytes;
  private byte[] chunk = EMPTY;
  private ArrayDeque<byte[]> waiting;
  private int position;
  private byte[] partial = EMPTY;
  private int partialLength;
  private boolean discarding;

  public LineSplitter(int maxLineBytes) {
    if (maxLineBytes < 1) {
      throw new IllegalArgumentException("maxLineBytes must be positive");
    }
    this.maxLineBytes = maxLineBytes;
  }

  /**
   * Hands over the next chunk. Chunks fed before the previous ones were consumed wait their turn; the
   * caller bounds them by not reading from the socket while it is not consuming.
   */
  @Override
  public void feed(byte[] bytes) {
    if (position < chunk.length || waiting != null) {
      if (waiting == null) {
        waiting = new ArrayDeque<>();
      }
      waiting.add(bytes);
    } else {
      chunk = bytes;
      position = 0;
    }
  }

  /** The next frame, or null when every chunk fed so far is used up. */
  @Override
  public Frame next() {
    while (position < chunk.length || nextChunk()) {
      int lf = LineFeeds.indexOf(chunk, position, chunk.length);
      int end = lf < 0 ? chunk.length : lf;
      if (discarding) {
        position = end;
        if (lf >= 0) {
          position++;
          discarding = false;
        }
        continue;
      }
      // One extra byte of room so that a CR before the LF does not count against the limit.
      if (partialLength + (end - position) > maxLineBytes + 1) {
        dropPartial();
        discarding = true;
        position = end;
        if (lf >= 0) {
          position++;
          discarding = false;
        }
        return new Frame.TooLong(maxLineBytes);
      }
      if (lf < 0) {
        append(chunk, position, end);
        position = end;
        continue;
      }
      byte[] line = completeLine(end);
      position = lf + 1;
      if (line.length > maxLineBytes) {
        return new Frame.TooLong(maxLineBytes);
      }
      return new Frame.Line(line);
    }
    return null;
  }

  /** Bytes held for the line being read: never more than the limit plus one. */
  int heldBytes() {
    return partial.length;
  }

  private boolean nextChunk() {
    position = 0;
    while (waiting != null && !waiting.isEmpty()) {
      chunk = waiting.poll();
      if (chunk.length > 0) {
        return true;
      }
    }
    waiting = null;
    chunk = EMPTY;
    return false;
  }

  /** The line ending at {@code end}, without the CR before its LF, copied once. */
  private byte[] completeLine(int end) {
    if (partialLength == 0) {
      return Arrays.copyOfRange(chunk, position, withoutCr(chunk, position, end));
    }
    append(chunk, position, end);
    byte[] line = Arrays.copyOf(partial, withoutCr(partial, 0, partialLength));
    dropPartial();
    return line;
  }

  /** {@code to}, less one when the bytes from {@code from} to {@code to} end with a CR. */
  private static int withoutCr(byte[] bytes, int from, int to) {
    return to > from && bytes[to - 1] == CR ? to - 1 : to;
  }

  private void append(byte[] source, int from, int to) {
    int needed = partialLength + (to - from);
    if (needed > partial.length) {
      partial = Arrays.copyOf(partial, Math.min(maxLineBytes + 1, Math.max(needed, partial.length * 2)));
    }
    System.arraycopy(source, from, partial, partialLength, to - from);
    partialLength = needed;
  }

  /** Frees the partial line's storage, so that an idle connection holds no line buffer. */
  private void dropPartial() {
    partial = EMPTY;
    partialLength = 0;
  }
}

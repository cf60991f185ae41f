package dev.relay.edge;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Finds line feeds eight bytes at a time: every byte a connection sends or receives passes through this
 * search, and a chat line is tens of bytes, so it is most of what framing costs (docs/JMH.md). Used by the
 * server's {@link LineSplitter} and by the bench's reader.
 */
public final class LineFeeds {

  private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long LFS = 0x0A0A_0A0A_0A0A_0A0AL;
  private static final long ONES = 0x0101_0101_0101_0101L;
  private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

  private LineFeeds() {
  }

  /**
   * The index of the first LF in {@code bytes[from, to)}, or -1. A byte of {@code word ^ LFS} is zero where
   * {@code bytes} has an LF, and in {@code (w - 0x01..) & ~w & 0x80..} the lowest set bit marks the lowest
   * zero byte of {@code w} exactly.
   */
  public static int indexOf(byte[] bytes, int from, int to) {
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long notLf = (long) LONGS.get(bytes, i) ^ LFS;
      long zeros = (notLf - ONES) & ~notLf & HIGH_BITS;
      if (zeros != 0) {
        return i + (Long.numberOfTrailingZeros(zeros) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}

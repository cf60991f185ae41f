package dev.relay.bench;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * The text of a bench message: {@code b SENDER SEQ NANOS xxxx...}, the sender's number, its sequence
 * number (from 0, per sender), the sender's {@code System.nanoTime()} when it sent it, then padding to the
 * configured size. Writing and reading use byte arrays so that neither allocates per message.
 *
 * <p>An instance is a reader holding the fields of the last text it read; one per member, on its loop.
 */
final class BenchText {

  /** Longest text without padding: {@code "b "}, a sender, a sequence number and a signed nanosecond time. */
  static final int MAX_HEADER_BYTES = 2 + 10 + 1 + 19 + 1 + 20;
  private static final byte MARK = 'b';
  private static final byte PAD = 'x';
  private static final int MAX_DIGITS = 18;
  private static final long[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000,
      100_000_000};
  private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  private int sender;
  private long seq;
  private long nanos;
  private long parsed;

  /** Writes the text into {@code into} from index 0, padded to {@code size} bytes; returns its length. */
  static int write(byte[] into, int sender, long seq, long nanos, int size) {
    into[0] = MARK;
    into[1] = ' ';
    int at = writeNumber(into, 2, sender);
    into[at++] = ' ';
    at = writeNumber(into, at, seq);
    into[at++] = ' ';
    at = writeNumber(into, at, nanos);
    if (at < size) {
      into[at++] = ' ';
      while (at < size) {
        into[at++] = PAD;
      }
    }
    return at;
  }

  /** Reads {@code line[from, to)}; false when it is not a bench text. */
  boolean read(byte[] line, int from, int to) {
    if (to - from < 7 || line[from] != MARK || line[from + 1] != ' ') {
      return false;
    }
    int at = number(line, from + 2, to);
    if (at < 0 || at >= to || line[at] != ' ' || parsed > Integer.MAX_VALUE) {
      return false;
    }
    long readSender = parsed;
    at = number(line, at + 1, to);
    if (at < 0 || at >= to || line[at] != ' ') {
      return false;
    }
    long readSeq = parsed;
    boolean negative = at + 1 < to && line[at + 1] == '-';
    at = number(line, negative ? at + 2 : at + 1, to);
    if (at < 0 || (at < to && line[at] != ' ')) {
      return false;
    }
    sender = (int) readSender;
    seq = readSeq;
    nanos = negative ? -parsed : parsed;
    return true;
  }

  int sender() {
    return sender;
  }

  long seq() {
    return seq;
  }

  long nanos() {
    return nanos;
  }

  private static int writeNumber(byte[] into, int at, long value) {
    if (value < 0) {
      into[at++] = '-';
      value = -value;
    }
    int start = at;
    do {
      into[at++] = (byte) ('0' + value % 10);
      value /= 10;
    } while (value > 0);
    for (int i = start, j = at - 1; i < j; i++, j--) {
      byte swap = into[i];
      into[i] = into[j];
      into[j] = swap;
    }
    return at;
  }

  /**
   * Parses the unsigned decimal at {@code at} into {@link #parsed}; returns the index after it, or -1 when
   * there is none or it has more than 18 digits (which always fit a long; the bench never writes more).
   * Reading the numbers is most of the cost of reading a message, so up to eight digits at a time are taken
   * in one step wherever eight bytes of the line are left.
   */
  private int number(byte[] line, int at, int to) {
    int first = at;
    long value = 0;
    while (at + Long.BYTES <= to) {
      long word = (long) WORDS.get(line, at);
      int digits = leadingDigits(word);
      if (digits == Long.BYTES) {
        value = value * POWERS_OF_TEN[Long.BYTES] + eightDigitValue(word);
        at += Long.BYTES;
        continue;
      }
      if (digits > 0) {
        value = value * POWERS_OF_TEN[digits] + eightDigitValue(word << (Long.SIZE - Byte.SIZE * digits));
        at += digits;
      }
      return finish(first, at, value);
    }
    while (at < to && line[at] >= '0' && line[at] <= '9') {
      value = value * 10 + (line[at] - '0');
      at++;
    }
    return finish(first, at, value);
  }

  private int finish(int first, int at, long value) {
    parsed = value;
    return at == first || at - first > MAX_DIGITS ? -1 : at;
  }

  /**
   * How many of the eight bytes of {@code word}, read little-endian, are ASCII digits before the first that
   * is not. A byte {@code b} is a digit when {@code b ^ 0x30} is at most 9: its high nibble is zero, and
   * stays zero when 6 is added. A carry out of a non-digit byte can only spoil the bytes after it.
   */
  static int leadingDigits(long word) {
    long offset = word ^ 0x3030_3030_3030_3030L;
    long notDigit = (offset | (offset + 0x0606_0606_0606_0606L)) & 0xF0F0_F0F0_F0F0_F0F0L;
    return Long.numberOfTrailingZeros(notDigit) >>> 3;
  }

  /**
   * The value of eight ASCII digits read little-endian (the first digit in the lowest byte; zero bytes count
   * as leading zeros): neighbouring digits, then pairs, then quadruples are combined by one multiplication
   * each.
   */
  static long eightDigitValue(long word) {
    long pairs = (word & 0x0F0F_0F0F_0F0F_0F0FL) * 2561 >>> 8;
    long quads = (pairs & 0x00FF_00FF_00FF_00FFL) * 6553601 >>> 16;
    return (quads & 0x0000_FFFF_0000_FFFFL) * 42949672960001L >>> 32;
  }
}

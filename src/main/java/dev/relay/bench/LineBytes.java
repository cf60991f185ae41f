package dev.relay.bench;

import java.nio.charset.StandardCharsets;

/**
 * Byte-range matching for server lines, so that the hot path reads lines where they lie in the receive
 * buffer instead of decoding each into a String.
 */
final class LineBytes {

  private LineBytes() {
  }

  static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** Whether {@code line[from, to)} starts with {@code prefix}. */
  static boolean startsWith(byte[] line, int from, int to, byte[] prefix) {
    if (to - from < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (line[from + i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code line[from, to)} is exactly {@code word}. */
  static boolean equals(byte[] line, int from, int to, byte[] word) {
    return to - from == word.length && startsWith(line, from, to, word);
  }

  /** Index of the first {@code b} in {@code line[from, to)}, or -1. */
  static int indexOf(byte[] line, int from, int to, byte b) {
    for (int i = from; i < to; i++) {
      if (line[i] == b) {
        return i;
      }
    }
    return -1;
  }

  /** The line as text, for the rare lines worth showing to the operator. */
  static String text(byte[] line, int from, int to) {
    return new String(line, from, to - from, StandardCharsets.UTF_8);
  }
}

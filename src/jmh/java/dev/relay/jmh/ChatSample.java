package dev.relay.jmh;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

/**
 * The input the benchmarks share: what a busy room's clients send. Seeded, so every run measures the
 * same bytes.
 */
final class ChatSample {

  static final String ASCII_LINE = "anyone tried the new build yet? the lobby feels a lot snappier since friday";
  static final String NON_ASCII_LINE =
      "caf\u00e9 au lait \u00e0 la gare, \u00e7a marche \u2014 \u4e16\u754c \uD83D\uDE00 \u00fcber gut";

  private static final List<String> SAID = List.of(
      "hi all",
      "brb",
      ASCII_LINE,
      NON_ASCII_LINE,
      "has anyone seen the release notes for 0.2? I could not find them on the wiki, only the old ones",
      "lol",
      "the deploy went fine on staging, moving on to the second cluster after lunch if nobody objects",
      "ok",
      "/msg carol are you around for a quick call about the flaky test?",
      "/join #ops",
      "/me waves",
      "//etc/hosts is where that entry lives");
  private static final byte[] CRLF = {'\r', '\n'};
  private static final byte[] LF = {'\n'};

  private ChatSample() {
  }

  /**
   * About {@code size} bytes of complete lines, every third one ended by CRLF as telnet sends, the rest by
   * LF as nc sends.
   */
  static byte[] chunk(int size) {
    Random random = new Random(42);
    ByteArrayOutputStream out = new ByteArrayOutputStream(size + 256);
    for (int i = 0; out.size() < size; i++) {
      out.writeBytes(SAID.get(random.nextInt(SAID.size())).getBytes(StandardCharsets.UTF_8));
      out.writeBytes(i % 3 == 0 ? CRLF : LF);
    }
    return out.toByteArray();
  }

  /** {@code bytes} cut into reads of {@code readSize} bytes, lines straddling the cuts. */
  static byte[][] reads(byte[] bytes, int readSize) {
    byte[][] reads = new byte[(bytes.length + readSize - 1) / readSize][];
    for (int i = 0; i < reads.length; i++) {
      int from = i * readSize;
      reads[i] = Arrays.copyOfRange(bytes, from, Math.min(bytes.length, from + readSize));
    }
    return reads;
  }

  static int lineCount(byte[] bytes) {
    int lines = 0;
    for (byte b : bytes) {
      if (b == '\n') {
        lines++;
      }
    }
    return lines;
  }
}

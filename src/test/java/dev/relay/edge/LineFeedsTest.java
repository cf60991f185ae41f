package dev.relay.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time LF search against a byte-at-a-time one. */
class LineFeedsTest {

  @Test
  void findsAnLfAtEveryPositionOfEveryLength() {
    for (int length = 0; length <= 40; length++) {
      for (int at = 0; at < length; at++) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) 'x');
        bytes[at] = '\n';
        assertThat(LineFeeds.indexOf(bytes, 0, length)).as("LF at %d of %d", at, length).isEqualTo(at);
      }
      assertThat(LineFeeds.indexOf(new byte[length], 0, length)).isEqualTo(-1);
    }
  }

  @Test
  void looksOnlyBetweenFromAndTo() {
    byte[] bytes = "a\nbcdefghijklmnop\nq".getBytes(StandardCharsets.US_ASCII);
    assertThat(LineFeeds.indexOf(bytes, 2, bytes.length)).isEqualTo(17);
    assertThat(LineFeeds.indexOf(bytes, 2, 17)).isEqualTo(-1);
    assertThat(LineFeeds.indexOf(bytes, 1, 1)).isEqualTo(-1);
  }

  /** Bytes next to LF in value (0x0B, 0x8A, 0x09) and any mix of them must not be taken for one. */
  @Test
  void agreesWithAPlainScanOnRandomBytes() {
    Random random = new Random(42);
    byte[] alphabet = {'\n', 0x0B, 0x09, (byte) 0x8A, (byte) 0xFF, 0, 'a', (byte) 0x80};
    for (int run = 0; run < 2000; run++) {
      byte[] bytes = new byte[random.nextInt(64)];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = alphabet[random.nextInt(alphabet.length)];
      }
      int from = bytes.length == 0 ? 0 : random.nextInt(bytes.length + 1);
      assertThat(LineFeeds.indexOf(bytes, from, bytes.length)).isEqualTo(plainScan(bytes, from, bytes.length));
    }
  }

  private static int plainScan(byte[] bytes, int from, int to) {
    for (int i = from; i < to; i++) {
      if (bytes[i] == '\n') {
        return i;
      }
    }
    return -1;
  }
}

package dev.relay.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class StrictUtf8Test {

  private final StrictUtf8 utf8 = new StrictUtf8();

  @Test
  void decodesValidText() {
    String text = "plain caf\u00e9 \u4e16\u754c \uD83D\uDE00";
    assertThat(utf8.decode(text.getBytes(StandardCharsets.UTF_8))).isEqualTo(text);
  }

  @Test
  void refusesMalformedInputInsteadOfReplacingIt() {
    assertThat(utf8.decode(new byte[] {'a', (byte) 0xC3, '('})).isNull();
    assertThat(utf8.decode(new byte[] {(byte) 0xFF})).isNull();
    assertThat(utf8.decode(new byte[] {(byte) 0xC0, (byte) 0x80})).as("overlong NUL").isNull();
    assertThat(utf8.decode(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80})).as("surrogate").isNull();
    assertThat(utf8.decode(new byte[] {(byte) 0xE4, (byte) 0xB8})).as("truncated").isNull();
  }

  @Test
  void staysUsableAfterAnError() {
    assertThat(utf8.decode(new byte[] {(byte) 0xFF})).isNull();
    assertThat(utf8.decode("\u00e9".getBytes(StandardCharsets.UTF_8))).isEqualTo("\u00e9");
  }

  @Test
  void findsANonAsciiByteWhateverItsOffset() {
    // The ASCII check reads eight bytes at a time; one non-ASCII byte must be seen in any lane and in the tail.
    for (int at = 0; at < 20; at++) {
      String text = "a".repeat(at) + "\u00e9" + "b".repeat(19 - at);
      assertThat(utf8.decode(text.getBytes(StandardCharsets.UTF_8))).as("\u00e9 at %d", at).isEqualTo(text);
      byte[] malformed = ("a".repeat(at) + "?" + "b".repeat(19 - at)).getBytes(StandardCharsets.US_ASCII);
      malformed[at] = (byte) 0xFF;
      assertThat(utf8.decode(malformed)).as("0xFF at %d", at).isNull();
    }
  }
}

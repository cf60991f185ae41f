package dev.relay.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TypeSnifferTest {

  @Test
  void rasterImagesAndPdfAreKnownByTheirSignatures() {
    assertThat(sniff(Fixtures.png())).isEqualTo("image/png");
    assertThat(sniff(Fixtures.jpeg())).isEqualTo("image/jpeg");
    assertThat(sniff(Fixtures.encode("gif"))).isEqualTo("image/gif");
    assertThat(sniff(Fixtures.webpWithGps())).isEqualTo("image/webp");
    assertThat(sniff("%PDF-1.7\n%\u00e2\u00e3".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("application/pdf");
  }

  @Test
  void markupIsPlainText() {
    assertThat(sniff("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>"))
        .isEqualTo("text/plain");
    assertThat(sniff("<!doctype html>\r\n<html><body>\thi</body></html>\n")).isEqualTo("text/plain");
    assertThat(sniff("Grüße, 你好 ✋")).isEqualTo("text/plain");
  }

  @Test
  void bytesThatAreNotCleanUtf8AreOctetStream() {
    assertThat(sniff("a\0b")).isEqualTo(TypeSniffer.OCTET_STREAM);
    assertThat(sniff("escape \u001b[31m")).isEqualTo(TypeSniffer.OCTET_STREAM);
    assertThat(sniff(new byte[] {'a', (byte) 0xc3, 'b'})).isEqualTo(TypeSniffer.OCTET_STREAM);
    assertThat(sniff(new byte[] {(byte) 0x89, 'P', 'N', 'G'})).isEqualTo(TypeSniffer.OCTET_STREAM);
  }

  /** A head cut inside a character is text if the file goes on, not if it ends there. */
  @Test
  void aCharacterCutByTheEndOfTheHeadIsTextOnlyIfTheFileGoesOn() {
    byte[] text = "aaa✋".getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(text, text.length - 1);
    assertThat(TypeSniffer.sniff(cut, false)).isEqualTo("text/plain");
    assertThat(TypeSniffer.sniff(cut, true)).isEqualTo(TypeSniffer.OCTET_STREAM);
  }

  private static String sniff(String text) {
    return sniff(text.getBytes(StandardCharsets.UTF_8));
  }

  private static String sniff(byte[] bytes) {
    return TypeSniffer.sniff(bytes, true);
  }
}

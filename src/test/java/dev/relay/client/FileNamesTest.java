package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Names from the network made safe to name a file here. */
class FileNamesTest {

  @Test
  void dropsPathsAndLeadingDots() {
    assertThat(FileNames.sanitize("../../etc/passwd")).isEqualTo("passwd");
    assertThat(FileNames.sanitize("..\\..\\boot.ini")).isEqualTo("boot.ini");
    assertThat(FileNames.sanitize(".bashrc")).isEqualTo("bashrc");
    assertThat(FileNames.sanitize("..")).isEqualTo(FileNames.FALLBACK);
    assertThat(FileNames.sanitize("")).isEqualTo(FileNames.FALLBACK);
    assertThat(FileNames.sanitize("dir/")).isEqualTo(FileNames.FALLBACK);
  }

  @Test
  void dropsControlAndDirectionCharacters() {
    assertThat(FileNames.sanitize("cat\u0000\r\n\u001b[31m.png")).isEqualTo("cat[31m.png");
    assertThat(FileNames.sanitize("evil\u202Egnp.exe")).isEqualTo("evilgnp.exe");
  }

  @Test
  void keepsOrdinaryNamesAndTheirExtensionWhenShortened() {
    assertThat(FileNames.sanitize("Café menu (v2).pdf")).isEqualTo("Café menu (v2).pdf");
    String shortened = FileNames.sanitize("a".repeat(500) + ".png");
    assertThat(shortened).hasSize(FileNames.MAX_CHARS).endsWith("a.png");
  }

  @Test
  void takesTheNameFromContentDispositionFirst() {
    assertThat(FileNames.forDownload("attachment; filename*=UTF-8''caf%C3%A9%20menu.pdf", "http://h/f/id/x"))
        .isEqualTo("café menu.pdf");
    assertThat(FileNames.forDownload("inline; filename=\"cat \\\"1\\\".png\"", "http://h/f/id/x"))
        .isEqualTo("cat \"1\".png");
    assertThat(FileNames.forDownload("attachment; filename*=UTF-8''..%2F..%2F.profile", "http://h/f/id/x"))
        .isEqualTo("profile");
  }

  @Test
  void elseFromTheUrlsLastSegment() {
    assertThat(FileNames.forDownload(null, "http://h:8000/f/id/my%20cat.png?x=1#top")).isEqualTo("my cat.png");
    assertThat(FileNames.forDownload("inline", "http://h/f/id/%2E%2E%2Fx")).isEqualTo("x");
    assertThat(FileNames.forDownload(null, "http://h")).isEqualTo(FileNames.FALLBACK);
  }

  @Test
  void numbersNamesBeforeTheExtension() {
    assertThat(FileNames.numbered("cat.png", 0)).isEqualTo("cat.png");
    assertThat(FileNames.numbered("cat.png", 2)).isEqualTo("cat (2).png");
    assertThat(FileNames.numbered("README", 1)).isEqualTo("README (1)");
  }

  @Test
  void encodesANameAsOnePathSegment() {
    assertThat(FileNames.encodeSegment("my cat/é?.png")).isEqualTo("my%20cat%2F%C3%A9%3F.png");
  }
}

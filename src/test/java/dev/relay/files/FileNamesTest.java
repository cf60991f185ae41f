package dev.relay.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileNamesTest {

  @Test
  void pathsControlAndFormatCharactersAreRemoved() {
    assertThat(FileNames.safe("../../etc/passwd")).contains("passwd");
    assertThat(FileNames.safe("C:\\Users\\me\\cat.png")).contains("cat.png");
    assertThat(FileNames.safe("a\u0000b\r\nc\u202egnp.exe")).contains("abcgnp.exe");
    assertThat(FileNames.safe(" cat \"pic\".png ")).contains("cat pic.png");
  }

  @Test
  void nothingLeftIsNoName() {
    assertThat(FileNames.safe(null)).isEmpty();
    assertThat(FileNames.safe("")).isEmpty();
    assertThat(FileNames.safe("dir/")).isEmpty();
    assertThat(FileNames.safe("..")).isEmpty();
    assertThat(FileNames.safe("\u0001\u0002")).isEmpty();
  }

  @Test
  void aLongNameIsCutTo200BytesBetweenCharacters() {
    String name = FileNames.safe("é".repeat(150)).orElseThrow();
    assertThat(name.getBytes(StandardCharsets.UTF_8)).hasSize(200);
    String emoji = FileNames.safe("✋".repeat(100)).orElseThrow();
    assertThat(emoji.getBytes(StandardCharsets.UTF_8)).hasSize(198);
  }

  @Test
  void contentDispositionGivesTheExtendedNameFirst() {
    assertThat(FileNames.fromContentDisposition("attachment; filename=\"a.txt\"; filename*=UTF-8''%E2%9C%8B.txt"))
        .contains("✋.txt");
    assertThat(FileNames.fromContentDisposition("attachment; filename=\"say \\\"hi\\\".txt\""))
        .contains("say \"hi\".txt");
    assertThat(FileNames.fromContentDisposition("attachment; filename=plain.txt")).contains("plain.txt");
    assertThat(FileNames.fromContentDisposition("attachment")).isEmpty();
    assertThat(FileNames.fromContentDisposition(null)).isEmpty();
  }

  @Test
  void namesAreSpelledForHeadersAndUrls() {
    assertThat(FileNames.contentDisposition(true, "a b.png")).isEqualTo(
        "inline; filename=\"a b.png\"; filename*=UTF-8''a%20b.png");
    assertThat(FileNames.contentDisposition(false, "✋%.txt")).isEqualTo(
        "attachment; filename=\"__.txt\"; filename*=UTF-8''%E2%9C%8B%25.txt");
    assertThat(FileNames.percentEncode("a/b?c#d")).isEqualTo("a%2Fb%3Fc%23d");
  }
}

package dev.relay.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a password file holds: its UTF-8 text less one final line break, within a password's bound. */
class PasswordFileTest {

  @TempDir
  Path dir;

  @Test
  void oneFinalLineBreakIsDroppedAndNothingElse() throws Exception {
    assertThat(PasswordFile.read(file("secret words"))).isEqualTo("secret words");
    assertThat(PasswordFile.read(file("secret words\n"))).isEqualTo("secret words");
    assertThat(PasswordFile.read(file("secret words\r\n"))).isEqualTo("secret words");
    assertThat(PasswordFile.read(file(" secret words \n\n"))).isEqualTo(" secret words \n");
    assertThat(PasswordFile.read(file("s\u00e9cr\u00e8t \u2603\n"))).isEqualTo("s\u00e9cr\u00e8t \u2603");
  }

  @Test
  void aPasswordAtItsLongestWithACrlfIsReadAndOneByteMoreIsNot() throws Exception {
    assertThat(PasswordFile.read(file("x".repeat(256) + "\r\n"))).hasSize(256);
    Path over = file("x".repeat(257) + "\r\n");
    assertThatThrownBy(() -> PasswordFile.read(over))
        .hasMessage("a password may have at most 256 bytes (password file " + over + ")");
  }

  @Test
  void anEmptyFileIsAnEmptyPassword() throws Exception {
    assertThat(PasswordFile.read(file(""))).isEmpty();
    assertThat(PasswordFile.read(file("\n"))).isEmpty();
  }

  private Path file(String content) throws IOException {
    return Files.writeString(dir.resolve("password"), content, StandardCharsets.UTF_8);
  }
}

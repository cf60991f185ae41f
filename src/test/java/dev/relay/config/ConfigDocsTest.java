package dev.relay.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** docs/CONFIG.md documents every setting, with the variable name the code reads. */
class ConfigDocsTest {

  @Test
  void everySettingHasARowWithItsEnvironmentVariableAndDescription() throws IOException {
    String doc = Files.readString(Path.of("docs/CONFIG.md"));
    for (Setting setting : Settings.ALL) {
      String row = doc.lines().filter(l -> l.startsWith("| `" + setting.path() + "` |")).findFirst().orElse("");
      assertThat(row).as(setting.path()).contains("`" + setting.env() + "`").contains(setting.description());
    }
  }
}

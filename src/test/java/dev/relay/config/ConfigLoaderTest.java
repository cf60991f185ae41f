package dev.relay.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** Loading through vertx-config: the jar's defaults, a --config file, flags over both. */
@ExtendWith(VertxExtension.class)
class ConfigLoaderTest {

  @Test
  void aConfigFileOverridesTheDefaultsItNamesAndKeepsTheRest(Vertx vertx, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("relay.json");
    Files.writeString(file, "{\"port\": 6100, \"limits\": {\"maxLineBytes\": 512}}");
    RelayConfig config = ConfigLoader.load(vertx, file.toString(), Map.of()).await(10, TimeUnit.SECONDS);
    assertThat(config.server().port()).isEqualTo(6100);
    assertThat(config.server().limits().maxLineBytes()).isEqualTo(512);
    assertThat(config.server().limits().maxOutputBytes()).isEqualTo(1024 * 1024);
    assertThat(config.cluster()).isNull();
  }

  @Test
  void flagsWinOverTheFile(Vertx vertx, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("relay.json");
    Files.writeString(file, "{\"port\": 6100}");
    RelayConfig config = ConfigLoader.load(vertx, file.toString(), Map.of(Settings.PORT, 6200))
        .await(10, TimeUnit.SECONDS);
    assertThat(config.server().port()).isEqualTo(6200);
  }

  @Test
  void aMissingConfigFileIsAnError(Vertx vertx, @TempDir Path dir) {
    String missing = dir.resolve("absent.json").toString();
    assertThatThrownBy(() -> ConfigLoader.load(vertx, missing, Map.of()).await(10, TimeUnit.SECONDS))
        .isInstanceOf(ConfigException.class).hasMessage("cannot read " + missing + ": no such file");
  }

  @Test
  void aFileThatIsNotJsonIsAnError(Vertx vertx, @TempDir Path dir) throws Exception {
    Path file = dir.resolve("relay.json");
    Files.writeString(file, "port = 5000");
    assertThatThrownBy(() -> ConfigLoader.load(vertx, file.toString(), Map.of()).await(10, TimeUnit.SECONDS))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith("cannot read " + file);
  }

  @Test
  void withNoFileTheJarsDefaultsApply(Vertx vertx) throws Exception {
    RelayConfig config = ConfigLoader.load(vertx, null, Map.of()).await(10, TimeUnit.SECONDS);
    assertThat(config.server().port()).isEqualTo(5000);
    assertThat(config.server().limits().floodLinesPerSecond()).isEqualTo(10);
  }
}

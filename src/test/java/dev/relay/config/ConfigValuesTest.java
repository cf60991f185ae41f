package dev.relay.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relay.edge.ServerConfig;
import dev.relay.store.StoreConfig;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The layering and validation rules, on plain maps. */
class ConfigValuesTest {

  private static JsonObject shippedDefaults() throws IOException {
    try (InputStream in = ConfigValuesTest.class.getResourceAsStream("/conf/relay.json")) {
      return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  @Test
  void shippedDefaultsDefineEverySettingAndNothingElse() throws IOException {
    ConfigValues values = ConfigValues.resolve(shippedDefaults(), Map.of(), Map.of());
    assertThat(values.integer(Settings.PORT)).isEqualTo(5000);
    assertThat(values.integer(Settings.MAX_LINE_BYTES)).isEqualTo(4096);
    assertThat(values.flag(Settings.CLUSTER_ENABLED)).isFalse();
  }

  @Test
  void codeDefaultsForEmbeddedServersAreTheShippedDefaults() throws IOException {
    RelayConfig shipped = RelayConfig.from(ConfigValues.resolve(shippedDefaults(), Map.of(), Map.of()));
    assertThat(shipped.server()).isEqualTo(ServerConfig.defaults());
  }

  @Test
  void laterLayersWinFileThenEnvironmentThenFlags() throws IOException {
    JsonObject file = shippedDefaults().put("port", 6000).put("host", "127.0.0.1");
    Map<String, String> env = Map.of("RELAY_PORT", "7000", "RELAY_LIMITS_FLOOD_RATE", "2.5",
        "RELAY_CLUSTER_MEMBERS", "a:1, b:2");
    ConfigValues fromEnv = ConfigValues.resolve(file, env, Map.of());
    assertThat(fromEnv.integer(Settings.PORT)).isEqualTo(7000);
    assertThat(fromEnv.text(Settings.HOST)).isEqualTo("127.0.0.1");
    assertThat(fromEnv.number(Settings.FLOOD_RATE)).isEqualTo(2.5);
    assertThat(fromEnv.list(Settings.CLUSTER_MEMBERS)).containsExactly("a:1", "b:2");
    ConfigValues fromFlag = ConfigValues.resolve(file, env, Map.of(Settings.PORT, 8000));
    assertThat(fromFlag.integer(Settings.PORT)).isEqualTo(8000);
  }

  @Test
  void badValuesNameTheKeyAndWhereTheValueCameFrom() throws IOException {
    JsonObject defaults = shippedDefaults();
    assertThatThrownBy(() -> ConfigValues.resolve(defaults, Map.of("RELAY_PORT", "lots"), Map.of()))
        .isInstanceOf(ConfigException.class).hasMessage("port (RELAY_PORT): expected a whole number, got 'lots'");
    assertThatThrownBy(() -> ConfigValues.resolve(defaults.copy().put("port", 70000), Map.of(), Map.of()))
        .hasMessage("port (configuration file): must be 0-65535, got 70000");
    assertThatThrownBy(() -> ConfigValues.resolve(defaults.copy().put("port", "5000"), Map.of(), Map.of()))
        .hasMessage("port (configuration file): expected a whole number, got 5000");
    assertThatThrownBy(() -> ConfigValues.resolve(defaults, Map.of(), Map.of(Settings.FLOOD_BURST, 0)))
        .hasMessage("limits.floodBurst (command line): must be 1-1000000, got 0");
    assertThatThrownBy(() -> ConfigValues.resolve(defaults, Map.of("RELAY_CLUSTER_ENABLED", "yes"), Map.of()))
        .hasMessageStartingWith("cluster.enabled (RELAY_CLUSTER_ENABLED): expected true or false");
  }

  @Test
  void keepaliveIdleIsZeroOrUpToLinuxsMaximum() throws IOException {
    JsonObject defaults = shippedDefaults();
    assertThat(ConfigValues.resolve(defaults, Map.of(), Map.of()).integer(Settings.KEEPALIVE_IDLE)).isEqualTo(120);
    assertThat(ConfigValues.resolve(defaults, Map.of("RELAY_KEEPALIVE_IDLE_SECONDS", "0"), Map.of())
        .integer(Settings.KEEPALIVE_IDLE)).isZero();
    assertThat(ConfigValues.resolve(defaults, Map.of(), Map.of(Settings.KEEPALIVE_IDLE, 32_767))
        .integer(Settings.KEEPALIVE_IDLE)).isEqualTo(32_767);
    assertThatThrownBy(() -> ConfigValues.resolve(defaults, Map.of("RELAY_KEEPALIVE_IDLE_SECONDS", "-1"), Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage("keepalive.idleSeconds (RELAY_KEEPALIVE_IDLE_SECONDS): must be 0-32767, got -1");
    JsonObject file = shippedDefaults();
    file.getJsonObject("keepalive").put("idleSeconds", 32_768);
    assertThatThrownBy(() -> ConfigValues.resolve(file, Map.of(), Map.of()))
        .hasMessage("keepalive.idleSeconds (configuration file): must be 0-32767, got 32768");
  }

  @Test
  void proxyProtocolIsOffByDefaultAndItsHeaderTimeoutIsBounded() throws IOException {
    JsonObject defaults = shippedDefaults();
    RelayConfig shipped = RelayConfig.from(ConfigValues.resolve(defaults, Map.of(), Map.of()));
    assertThat(shipped.server().proxyProtocol()).isFalse();
    assertThat(shipped.server().limits().proxyHeaderTimeoutSeconds()).isEqualTo(10);
    RelayConfig on = RelayConfig.from(ConfigValues.resolve(defaults,
        Map.of("RELAY_PROXY_PROTOCOL", "true", "RELAY_LIMITS_PROXY_HEADER_TIMEOUT_SECONDS", "1"), Map.of()));
    assertThat(on.server().proxyProtocol()).isTrue();
    assertThat(on.server().limits().proxyHeaderTimeoutSeconds()).isEqualTo(1);
    assertThat(ConfigValues.resolve(defaults, Map.of(), Map.of(Settings.PROXY_HEADER_TIMEOUT, 300))
        .integer(Settings.PROXY_HEADER_TIMEOUT)).isEqualTo(300);
    assertThatThrownBy(() -> ConfigValues.resolve(defaults, Map.of(), Map.of(Settings.PROXY_HEADER_TIMEOUT, 0)))
        .hasMessage("limits.proxyHeaderTimeoutSeconds (command line): must be 1-300, got 0");
    assertThatThrownBy(() -> ConfigValues.resolve(defaults, Map.of(), Map.of(Settings.PROXY_HEADER_TIMEOUT, 301)))
        .hasMessage("limits.proxyHeaderTimeoutSeconds (command line): must be 1-300, got 301");
    assertThatThrownBy(() -> ConfigValues.resolve(defaults, Map.of("RELAY_PROXY_PROTOCOL", "yes"), Map.of()))
        .hasMessageStartingWith("proxyProtocol (RELAY_PROXY_PROTOCOL): expected true or false");
  }

  @Test
  void unknownKeysAreRefusedWhereverTheyAre() throws IOException {
    assertThatThrownBy(() -> ConfigValues.resolve(shippedDefaults().put("prot", 1), Map.of(), Map.of()))
        .hasMessage("unknown setting 'prot' in the configuration file");
    JsonObject nested = shippedDefaults();
    nested.getJsonObject("limits").put("maxLinBytes", 1);
    assertThatThrownBy(() -> ConfigValues.resolve(nested, Map.of(), Map.of()))
        .hasMessage("unknown setting 'limits.maxLinBytes' in the configuration file");
  }

  @Test
  void environmentVariableNamesFollowTheKeys() {
    assertThat(Settings.MAX_LINE_BYTES.env()).isEqualTo("RELAY_LIMITS_MAX_LINE_BYTES");
    assertThat(Settings.CLUSTER_BUS_PORT.env()).isEqualTo("RELAY_CLUSTER_BUS_PORT");
    assertThat(Settings.KEEPALIVE_IDLE.env()).isEqualTo("RELAY_KEEPALIVE_IDLE_SECONDS");
    assertThat(Settings.PROXY_PROTOCOL.env()).isEqualTo("RELAY_PROXY_PROTOCOL");
    assertThat(Settings.ALL.stream().map(Setting::env).distinct()).hasSize(Settings.ALL.size());
  }

  @Test
  void clusterSettingsAreCheckedWhenTheClusterIsOn() throws IOException {
    JsonObject file = shippedDefaults();
    file.getJsonObject("cluster").put("enabled", true).put("members", List.of("not a member"));
    assertThatThrownBy(() -> RelayConfig.from(ConfigValues.resolve(file, Map.of(), Map.of())))
        .isInstanceOf(ConfigException.class).hasMessageContaining("cluster member must be HOST or HOST:PORT");
  }

  @Test
  void theStoreIsAnEmbeddedFileUnderDataByDefault() throws IOException {
    StoreConfig store = RelayConfig.from(ConfigValues.resolve(shippedDefaults(), Map.of(), Map.of())).store();
    assertThat(store.backend()).isEqualTo(StoreConfig.Backend.EMBEDDED);
    assertThat(store.dataDir()).isEqualTo(Path.of("data"));
    assertThat(store.poolSize()).isEqualTo(4);
    assertThat(store.passwordFile()).isNull();
    StoreConfig postgres = RelayConfig.from(ConfigValues.resolve(shippedDefaults(),
        Map.of("RELAY_STORE_POSTGRES_PASSWORD_FILE", "/run/secrets/pg"), Map.of(Settings.STORE_BACKEND, "postgres")))
        .store();
    assertThat(postgres).isEqualTo(new StoreConfig(StoreConfig.Backend.POSTGRES, Path.of("data"), "localhost", 5432,
        "relay", "relay", Path.of("/run/secrets/pg"), 4));
  }

  @Test
  void aClusterNeedsPostgres() throws IOException {
    JsonObject file = shippedDefaults();
    file.getJsonObject("cluster").put("enabled", true).put("members", List.of("127.0.0.1:5701"));
    assertThatThrownBy(() -> RelayConfig.from(ConfigValues.resolve(file, Map.of(), Map.of())))
        .isInstanceOf(ConfigException.class)
        .hasMessage("a cluster needs store.backend postgres: an embedded H2 database belongs to one process");
    RelayConfig clustered = RelayConfig.from(ConfigValues.resolve(file, Map.of("RELAY_STORE_BACKEND", "postgres"),
        Map.of()));
    assertThat(clustered.store().backend()).isEqualTo(StoreConfig.Backend.POSTGRES);
  }

  @Test
  void storeSettingsAreCheckedNamingTheKey() throws IOException {
    JsonObject defaults = shippedDefaults();
    assertThatThrownBy(() -> RelayConfig.from(ConfigValues.resolve(defaults, Map.of("RELAY_STORE_BACKEND", "mysql"),
        Map.of())))
        .isInstanceOf(ConfigException.class).hasMessage("store.backend: must be embedded or postgres, got 'mysql'");
    assertThatThrownBy(() -> ConfigValues.resolve(defaults, Map.of(), Map.of(Settings.STORE_POOL_SIZE, 0)))
        .hasMessage("store.poolSize (command line): must be 1-100, got 0");
    assertThatThrownBy(() -> ConfigValues.resolve(defaults, Map.of("RELAY_STORE_POSTGRES_PORT", "0"), Map.of()))
        .hasMessage("store.postgres.port (RELAY_STORE_POSTGRES_PORT): must be 1-65535, got 0");
    assertThat(Settings.STORE_POSTGRES_PASSWORD_FILE.env()).isEqualTo("RELAY_STORE_POSTGRES_PASSWORD_FILE");
  }
}

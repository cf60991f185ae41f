package dev.relay.config;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The flags that find the configuration and the store (docs/CONFIG.md), a picocli mixin of the server's command
 * and of {@code relay admin}'s: an admin command opens the store the server started in the same directory with the
 * same flags would open.
 */
public final class StoreOptions {

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: conf/relay.json if present).")
  String configFile;

  @Option(names = "--store", paramLabel = "embedded|postgres",
      description = "Where accounts are kept: embedded (an H2 file in --data-dir, one instance only) or postgres "
          + "(the store.postgres.* settings; needed with --cluster) (default: embedded).")
  String store;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Directory of the embedded database, created if missing (default: data).")
  String dataDir;

  /** The configuration file given, or null for conf/relay.json when present. */
  public String configFile() {
    return configFile;
  }

  /** The flags given, by the setting each overrides. */
  public Map<Setting, Object> flags() {
    Map<Setting, Object> given = new LinkedHashMap<>();
    if (store != null) {
      given.put(Settings.STORE_BACKEND, store);
    }
    if (dataDir != null) {
      given.put(Settings.STORE_DATA_DIR, dataDir);
    }
    return given;
  }
}

package dev.relay.admin;

import dev.relay.config.Setting;
import dev.relay.config.Settings;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/**
 * The server's own flags for finding its configuration and its store, with the same meaning (docs/CONFIG.md): an
 * admin command opens the store the server started in the same directory with the same flags would open.
 */
final class StoreOptions {

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: conf/relay.json if present).")
  String configFile;

  @Option(names = "--store", paramLabel = "embedded|postgres",
      description = "Where accounts are kept: embedded (an H2 file in --data-dir) or postgres (the store.postgres.* "
          + "settings) (default: embedded).")
  String store;

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Directory of the embedded database, created if missing (default: data).")
  String dataDir;

  /** The flags given, by the setting each overrides, as ServerCommand passes its own. */
  Map<Setting, Object> flags() {
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

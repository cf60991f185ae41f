package dev.relay.config;

import io.vertx.config.ConfigRetriever;
import io.vertx.config.ConfigRetrieverOptions;
import io.vertx.config.ConfigStoreOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the configuration layers with vertx-config, in the order that lets each later one win: the
 * defaults built into the jar, the configuration file ({@code conf/relay.json} if present, or the file
 * named by {@code --config}, which must exist), the {@code RELAY_*} environment variables; command-line
 * flags are laid over the result. The only place Relay reads its environment.
 */
public final class ConfigLoader {

  /** The file read when no {@code --config} is given; the jar carries a copy as its defaults. */
  public static final String DEFAULT_FILE = "conf/relay.json";

  private ConfigLoader() {
  }

  /** @param file the {@code --config} file, or null for {@link #DEFAULT_FILE} if it exists */
  public static Future<RelayConfig> load(Vertx vertx, String file, Map<Setting, Object> flags) {
    JsonArray envNames = new JsonArray(Settings.ALL.stream().map(Setting::env).toList());
    ConfigRetrieverOptions options = new ConfigRetrieverOptions()
        .setScanPeriod(-1)
        .addStore(new ConfigStoreOptions().setType("json").setConfig(defaults()))
        .addStore(new ConfigStoreOptions().setType("file").setFormat("json").setOptional(file == null)
            .setConfig(new JsonObject().put("path", file == null ? DEFAULT_FILE : file)))
        .addStore(new ConfigStoreOptions().setType("env")
            .setConfig(new JsonObject().put("raw-data", true).put("keys", envNames)));
    ConfigRetriever retriever = ConfigRetriever.create(vertx, options);
    return retriever.getConfig()
        .recover(e -> Future.failedFuture(new ConfigException(
            "cannot read " + (file == null ? DEFAULT_FILE : file) + ": " + rootMessage(e))))
        .map(merged -> RelayConfig.from(
            ConfigValues.resolve(fileLayer(merged, envNames), envLayer(merged, envNames), flags)))
        .eventually(retriever::close);
  }

  /** The copy of conf/relay.json inside the jar, whatever the working directory holds. */
  private static JsonObject defaults() {
    try (InputStream in = ConfigLoader.class.getResourceAsStream("/" + DEFAULT_FILE)) {
      if (in == null) {
        throw new IllegalStateException(DEFAULT_FILE + " is missing from the jar");
      }
      return new JsonObject(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonObject fileLayer(JsonObject merged, JsonArray envNames) {
    JsonObject file = merged.copy();
    envNames.forEach(name -> file.remove((String) name));
    return file;
  }

  private static Map<String, String> envLayer(JsonObject merged, JsonArray envNames) {
    Map<String, String> env = new HashMap<>();
    for (Object name : envNames) {
      Object value = merged.getValue((String) name);
      if (value != null) {
        env.put((String) name, String.valueOf(value));
      }
    }
    return env;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null) {
      root = root.getCause();
    }
    return root instanceof NoSuchFileException ? "no such file" : root.getMessage();
  }
}

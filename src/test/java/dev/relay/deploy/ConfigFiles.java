package dev.relay.deploy;

import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;

/** Relay's JSON configuration files as the manifest test compares them. */
final class ConfigFiles {

  private ConfigFiles() {
  }

  static JsonObject read(Path file) {
    try {
      return new JsonObject(Files.readString(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /**
   * Dotted paths of the leaves, as {@code Setting.path()} spells them ({@code limits.maxLineBytes});
   * a list is a leaf.
   */
  static Set<String> paths(JsonObject json) {
    return paths(json, "");
  }

  private static Set<String> paths(JsonObject json, String prefix) {
    Set<String> paths = new TreeSet<>();
    for (String key : json.fieldNames()) {
      if (json.getValue(key) instanceof JsonObject nested) {
        paths.addAll(paths(nested, prefix + key + "."));
      } else {
        paths.add(prefix + key);
      }
    }
    return paths;
  }
}

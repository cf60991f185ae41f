package dev.relay.config;

import io.vertx.core.json.JsonObject;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The effective value of every setting, layer over layer: the file's (over the built-in defaults), then
 * the environment's, then the command line's. Refuses keys it does not know and values of the wrong
 * type or out of bounds, naming the key and the layer.
 */
public final class ConfigValues {

  private final Map<Setting, Object> values = new HashMap<>();

  private ConfigValues() {
  }

  /**
   * @param file the defaults merged with the config file, nested as in relay.json
   * @param env  environment variables by name (only Relay's)
   * @param flags values given on the command line
   */
  static ConfigValues resolve(JsonObject file, Map<String, String> env, Map<Setting, Object> flags) {
    rejectUnknownKeys(file, "");
    ConfigValues resolved = new ConfigValues();
    for (Setting setting : Settings.ALL) {
      Object value;
      if (flags.containsKey(setting)) {
        value = setting.check(flags.get(setting), "command line");
      } else if (env.containsKey(setting.env())) {
        value = setting.parse(env.get(setting.env()), setting.env());
      } else {
        Object raw = lookup(file, setting.path());
        if (raw == null) {
          throw new ConfigException(setting.path() + ": missing from the configuration file");
        }
        value = setting.check(raw, "configuration file");
      }
      resolved.values.put(setting, value);
    }
    return resolved;
  }

  public String text(Setting setting) {
    return (String) values.get(setting);
  }

  public int integer(Setting setting) {
    return ((Long) values.get(setting)).intValue();
  }

  /** An integer setting whose range passes an int's. */
  public long longInteger(Setting setting) {
    return (Long) values.get(setting);
  }

  public double number(Setting setting) {
    return (Double) values.get(setting);
  }

  public boolean flag(Setting setting) {
    return (Boolean) values.get(setting);
  }

  @SuppressWarnings("unchecked")
  public List<String> list(Setting setting) {
    return (List<String>) values.get(setting);
  }

  private static Object lookup(JsonObject json, String path) {
    Object node = json;
    for (String part : path.split("\\.")) {
      if (!(node instanceof JsonObject object)) {
        return null;
      }
      node = object.getValue(part);
    }
    return node;
  }

  private static void rejectUnknownKeys(JsonObject json, String prefix) {
    Set<String> known = new HashSet<>();
    Settings.ALL.forEach(s -> known.add(s.path()));
    for (String key : json.fieldNames()) {
      String path = prefix + key;
      Object value = json.getValue(key);
      boolean isSection = known.stream().anyMatch(k -> k.startsWith(path + "."));
      if (isSection && value instanceof JsonObject section) {
        rejectUnknownKeys(section, path + ".");
      } else if (!known.contains(path)) {
        throw new ConfigException("unknown setting '" + path + "' in the configuration file");
      }
    }
  }
}

package dev.relay.config;

import io.vertx.core.json.JsonArray;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One configuration key: where it sits in {@code relay.json}, its environment variable, its type and
 * bounds. A value from any layer passes through {@link #check} or {@link #parse}, which name the key in
 * every error.
 *
 * @param path        dotted path in relay.json, e.g. {@code limits.maxLineBytes}
 * @param type        what the value must be
 * @param min         smallest allowed number (numbers only)
 * @param max         largest allowed number (numbers only)
 * @param description one line for docs/CONFIG.md
 */
public record Setting(String path, Type type, double min, double max, String description) {

  public enum Type { STRING, INT, NUMBER, BOOLEAN, LIST }

  static Setting text(String path, String description) {
    return new Setting(path, Type.STRING, 0, 0, description);
  }

  static Setting integer(String path, long min, long max, String description) {
    return new Setting(path, Type.INT, min, max, description);
  }

  static Setting number(String path, double min, double max, String description) {
    return new Setting(path, Type.NUMBER, min, max, description);
  }

  static Setting flag(String path, String description) {
    return new Setting(path, Type.BOOLEAN, 0, 0, description);
  }

  static Setting list(String path, String description) {
    return new Setting(path, Type.LIST, 0, 0, description);
  }

  /** {@code limits.maxLineBytes} becomes {@code RELAY_LIMITS_MAX_LINE_BYTES}. */
  public String env() {
    return "RELAY_" + path.replace('.', '_').replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
  }

  /** Checks a value from a JSON file or a flag: its type and bounds. */
  Object check(Object value, String source) {
    Object typed = switch (type) {
      case STRING -> value instanceof String ? value : null;
      case INT -> value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue()) ? n.longValue() : null;
      case NUMBER -> value instanceof Number n ? n.doubleValue() : null;
      case BOOLEAN -> value instanceof Boolean ? value : null;
      case LIST -> value instanceof JsonArray array && array.stream().allMatch(String.class::isInstance)
          ? array.getList() : value instanceof List<?> list ? list : null;
    };
    if (typed == null) {
      throw new ConfigException(path + " (" + source + "): expected " + expected() + ", got " + value);
    }
    if (typed instanceof Number n && (n.doubleValue() < min || n.doubleValue() > max)) {
      throw new ConfigException(path + " (" + source + "): must be " + bounds() + ", got " + value);
    }
    return typed;
  }

  /** Reads a value given as text, as environment variables give every value. */
  Object parse(String text, String source) {
    try {
      return switch (type) {
        case STRING -> check(text, source);
        case INT -> check(Long.parseLong(text.trim()), source);
        case NUMBER -> check(Double.parseDouble(text.trim()), source);
        case BOOLEAN -> check(parseBoolean(text.trim()), source);
        case LIST -> check(splitList(text), source);
      };
    } catch (NumberFormatException e) {
      throw new ConfigException(path + " (" + source + "): expected " + expected() + ", got '" + text + "'");
    }
  }

  private Object parseBoolean(String text) {
    if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(text);
    }
    return text;
  }

  private static List<String> splitList(String text) {
    List<String> items = new ArrayList<>();
    for (String item : text.split(",")) {
      if (!item.isBlank()) {
        items.add(item.trim());
      }
    }
    return items;
  }

  String expected() {
    return switch (type) {
      case STRING -> "a string";
      case INT -> "a whole number";
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case LIST -> "a list of strings (comma-separated in the environment)";
    };
  }

  private String bounds() {
    return type == Type.INT ? (long) min + "-" + (long) max : min + "-" + max;
  }
}

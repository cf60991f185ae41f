package dev.relay.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonArray;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** The instructions of the Dockerfile at the project root, continuation lines joined, comments dropped. */
final class Dockerfile {

  private final List<String> instructions;

  private Dockerfile(List<String> instructions) {
    this.instructions = instructions;
  }

  static Dockerfile read() {
    try {
      String text = Files.readString(Path.of("Dockerfile"));
      String withoutComments = text.lines()
          .filter(line -> !line.stripLeading().startsWith("#"))
          .reduce("", (a, b) -> a + b + "\n");
      List<String> joined = Arrays.stream(withoutComments.replace("\\\n", " ").split("\n"))
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .toList();
      return new Dockerfile(joined);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The arguments of every instruction with this keyword, in order. */
  List<String> all(String keyword) {
    String prefix = keyword.toUpperCase(Locale.ROOT) + " ";
    return instructions.stream()
        .filter(line -> line.toUpperCase(Locale.ROOT).startsWith(prefix))
        .map(line -> line.substring(prefix.length()).strip())
        .toList();
  }

  /** The argument of the last instruction with this keyword, which is the one that counts. */
  String last(String keyword) {
    List<String> found = all(keyword);
    assertThat(found).as("Dockerfile " + keyword).isNotEmpty();
    return found.get(found.size() - 1);
  }

  /** The value an {@code ENV NAME="VALUE"} (or {@code ENV NAME=VALUE}) gives, from the last that sets it. */
  String env(String name) {
    List<String> values = all("ENV").stream()
        .filter(e -> e.startsWith(name + "="))
        .map(e -> e.substring(name.length() + 1))
        .map(v -> v.startsWith("\"") && v.endsWith("\"") ? v.substring(1, v.length() - 1) : v)
        .toList();
    assertThat(values).as("Dockerfile ENV " + name).isNotEmpty();
    return values.get(values.size() - 1);
  }

  /** ENTRYPOINT in exec (JSON array) form, which is what lets java receive SIGTERM as PID 1. */
  List<String> entrypoint() {
    String entrypoint = last("ENTRYPOINT");
    assertThat(entrypoint).as("ENTRYPOINT in exec form").startsWith("[");
    return new JsonArray(entrypoint).stream().map(String.class::cast).toList();
  }
}

package dev.relay.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;

/**
 * The YAML under k8s/, read relative to the project root (Maven's working directory), and a few ways to
 * walk it that fail with the path that was missing rather than a NullPointerException.
 */
final class Manifests {

  static final Path DIR = Path.of("k8s");
  static final String KUSTOMIZATION = "kustomization.yaml";

  private Manifests() {
  }

  /** The names of the YAML files in k8s/ other than the kustomization. */
  static List<String> resourceFiles() {
    try (Stream<Path> files = Files.list(DIR)) {
      return files.map(p -> p.getFileName().toString())
          .filter(name -> name.endsWith(".yaml") || name.endsWith(".yml"))
          .filter(name -> !name.equals(KUSTOMIZATION))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Map<String, Object> kustomization() {
    return asMap(load(KUSTOMIZATION).get(0), KUSTOMIZATION);
  }

  /** The one document of {@code file}, a path relative to k8s/ such as {@code components/tls/kustomization.yaml}. */
  static Map<String, Object> document(String file) {
    List<Object> documents = load(file);
    assertThat(documents).as(file).hasSize(1);
    return asMap(documents.get(0), file);
  }

  /** Every document of every resource file. */
  static List<Map<String, Object>> documents() {
    List<Map<String, Object>> documents = new ArrayList<>();
    for (String file : resourceFiles()) {
      load(file).forEach(document -> documents.add(asMap(document, file)));
    }
    return documents;
  }

  static List<Map<String, Object>> ofKind(String kind) {
    return documents().stream().filter(d -> kind.equals(d.get("kind"))).toList();
  }

  static Map<String, Object> one(String kind, String name) {
    return ofKind(kind).stream()
        .filter(d -> name.equals(at(d, "metadata", "name")))
        .findFirst()
        .orElseGet(() -> fail("no %s named %s in %s", kind, name, DIR));
  }

  /** The value under the given keys; fails naming the path if any step is missing. */
  static Object at(Object node, String... keys) {
    Object current = node;
    StringBuilder path = new StringBuilder();
    for (String key : keys) {
      path.append('/').append(key);
      assertThat(current).as(path.toString()).isInstanceOf(Map.class);
      current = ((Map<?, ?>) current).get(key);
      assertThat(current).as(path + " is missing").isNotNull();
    }
    return current;
  }

  static Map<String, Object> mapAt(Object node, String... keys) {
    return asMap(at(node, keys), String.join("/", keys));
  }

  @SuppressWarnings("unchecked")
  static List<Object> listAt(Object node, String... keys) {
    Object value = at(node, keys);
    assertThat(value).as(String.join("/", keys)).isInstanceOf(List.class);
    return (List<Object>) value;
  }

  /** The element of a list of maps whose {@code name} is the given one, as in containers, ports, volumes. */
  static Map<String, Object> named(List<Object> items, String name) {
    return items.stream()
        .map(item -> asMap(item, name))
        .filter(item -> name.equals(item.get("name")))
        .findFirst()
        .orElseGet(() -> fail("no entry named %s in %s", name, items));
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> asMap(Object node, String what) {
    assertThat(node).as(what).isInstanceOf(Map.class);
    return (Map<String, Object>) node;
  }

  private static List<Object> load(String file) {
    try {
      List<Object> documents = new ArrayList<>();
      new Yaml().loadAll(Files.readString(DIR.resolve(file))).forEach(d -> {
        if (d != null) {
          documents.add(d);
        }
      });
      return documents;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

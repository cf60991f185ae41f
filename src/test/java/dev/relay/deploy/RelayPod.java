package dev.relay.deploy;

import static dev.relay.deploy.Manifests.asMap;
import static dev.relay.deploy.Manifests.at;
import static dev.relay.deploy.Manifests.listAt;
import static dev.relay.deploy.Manifests.mapAt;
import static dev.relay.deploy.Manifests.named;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The Deployment in k8s/ and its one container, as the deploy tests look at them. */
final class RelayPod {

  private RelayPod() {
  }

  static Map<String, Object> deployment() {
    return Manifests.one("Deployment", "relay");
  }

  static Map<String, Object> podSpec() {
    return mapAt(deployment(), "spec", "template", "spec");
  }

  static Map<String, Object> selector() {
    return mapAt(deployment(), "spec", "selector", "matchLabels");
  }

  static Map<String, Object> container() {
    return named(listAt(podSpec(), "containers"), "relay");
  }

  /** Container ports by name. */
  static Map<String, Integer> ports() {
    Map<String, Integer> ports = new LinkedHashMap<>();
    listAt(container(), "ports").forEach(p -> ports.put((String) at(p, "name"), (Integer) at(p, "containerPort")));
    return ports;
  }

  /** The container port a Service, probe or policy port refers to, by name or number; -1 if it names none. */
  static int port(Object nameOrNumber) {
    Map<String, Integer> ports = ports();
    if (nameOrNumber instanceof String name) {
      return ports.getOrDefault(name, -1);
    }
    return ports.containsValue(nameOrNumber) ? (Integer) nameOrNumber : -1;
  }

  static List<String> envNames() {
    return listAt(container(), "env").stream().map(e -> (String) at(e, "name")).toList();
  }

  static Map<String, Object> envEntry(String name) {
    return named(listAt(container(), "env"), name);
  }

  static String env(String name) {
    return (String) at(envEntry(name), "value");
  }

  /** The JVM's flags as the pods get them: the Deployment's JDK_JAVA_OPTIONS. */
  static List<String> jvmFlags() {
    return List.of(env("JDK_JAVA_OPTIONS").strip().split("\\s+"));
  }

  static Map<String, Object> probe(String kind) {
    return asMap(container().get(kind), kind);
  }
}

package dev.relay.deploy;

import static dev.relay.deploy.Manifests.asMap;
import static dev.relay.deploy.Manifests.at;
import static dev.relay.deploy.Manifests.listAt;
import static dev.relay.deploy.Manifests.mapAt;
import static dev.relay.deploy.Manifests.named;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.cluster.ClusterSettings;
import dev.relay.config.ConfigLoader;
import dev.relay.config.Setting;
import dev.relay.config.Settings;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests and the Dockerfile agree with each other and with the code: ports, selectors,
 * settings, where the configuration is mounted, and the shutdown timing. Nothing is applied; this test
 * is what checks them.
 */
class ManifestTest {

  private static final JsonObject DEFAULTS = ConfigFiles.read(Path.of(ConfigLoader.DEFAULT_FILE));
  private static final JsonObject CLUSTER_DEFAULTS = DEFAULTS.getJsonObject("cluster");
  private static final JsonObject PRODUCTION = ConfigFiles.read(Manifests.DIR.resolve("relay.json"));

  @Test
  void kustomizationListsEveryManifestAndNothingElse() {
    List<Object> resources = listAt(Manifests.kustomization(), "resources");
    assertThat(resources).allSatisfy(file -> assertThat(Manifests.DIR.resolve((String) file)).exists());
    assertThat(resources).containsExactlyInAnyOrderElementsOf(Manifests.resourceFiles());
    assertThat(listAt(generator(), "files"))
        .allSatisfy(file -> assertThat(Manifests.DIR.resolve(source(file))).exists());
  }

  @Test
  void everySelectorMatchesThePodTemplate() {
    Map<String, Object> pods = mapAt(deployment(), "spec", "template", "metadata", "labels");
    assertSelects(mapAt(deployment(), "spec", "selector", "matchLabels"), pods, "Deployment");
    assertSelects(mapAt(Manifests.one("PodDisruptionBudget", "relay"), "spec", "selector", "matchLabels"), pods,
        "PodDisruptionBudget");
    List<Map<String, Object>> services = Manifests.ofKind("Service");
    assertThat(services).extracting(s -> at(s, "metadata", "name")).contains("relay", "relay-cluster");
    services.forEach(s -> assertSelects(mapAt(s, "spec", "selector"), pods, "Service " + at(s, "metadata", "name")));
  }

  @Test
  void everyServiceTargetsAContainerPort() {
    for (Map<String, Object> service : Manifests.ofKind("Service")) {
      assertThat(targetPorts(service)).as("Service %s target ports (-1: no such container port)",
          at(service, "metadata", "name")).isNotEmpty().allMatch(port -> port > 0);
    }
  }

  @Test
  void clientsReachTheChatPortThroughALoadBalancer() {
    Map<String, Object> service = Manifests.one("Service", "relay");
    assertThat(at(service, "spec", "type")).isEqualTo("LoadBalancer");
    assertThat(at(service, "spec", "externalTrafficPolicy")).as("keeps client IPs for the per-IP limit")
        .isEqualTo("Local");
    assertThat(targetPorts(service)).containsExactly(DEFAULTS.getInteger("port"));
  }

  @Test
  void headlessServiceListsPodsForDiscoveryBeforeTheyAreReady() {
    Map<String, Object> service = Manifests.one("Service", "relay-cluster");
    assertThat(at(service, "spec", "clusterIP")).isEqualTo("None");
    assertThat(at(service, "spec", "publishNotReadyAddresses")).isEqualTo(true);
    assertThat(targetPorts(service)).containsExactlyInAnyOrder(
        CLUSTER_DEFAULTS.getInteger("port"), defaultBusPort());
    assertThat(env("RELAY_CLUSTER_DNS")).as("RELAY_CLUSTER_DNS")
        .startsWith(at(service, "metadata", "name") + ".$(POD_NAMESPACE).svc.");
  }

  @Test
  void containerPortsAreTheConfiguredDefaults() {
    assertThat(containerPorts()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "chat", DEFAULTS.getInteger("port"),
        "hazelcast", CLUSTER_DEFAULTS.getInteger("port"),
        "bus", defaultBusPort(),
        "http", DEFAULTS.getJsonObject("http").getInteger("port")));
    assertThat(containerPorts().values()).containsExactlyInAnyOrder(5000, 5701, 5801, 8080);
  }

  @Test
  void probesCheckADeclaredPort() {
    for (String probe : List.of("readinessProbe", "livenessProbe")) {
      Map<String, Object> handler = mapAt(container(), probe).entrySet().stream()
          .filter(e -> List.of("tcpSocket", "httpGet", "grpc").contains(e.getKey()))
          .map(e -> asMap(e.getValue(), probe + "/" + e.getKey()))
          .findFirst().orElse(Map.of());
      assertThat(containerPort(handler.get("port"))).as(probe + " port").isPositive();
    }
  }

  @Test
  void probesAskTheHealthEndpoints() {
    assertThat(at(container(), "readinessProbe", "httpGet", "path")).isEqualTo("/health/ready");
    assertThat(at(container(), "livenessProbe", "httpGet", "path")).isEqualTo("/health/live");
  }

  @Test
  void everyRelayVariableIsASetting() {
    Set<String> settings = Settings.ALL.stream().map(Setting::env).collect(Collectors.toSet());
    assertThat(envNames()).filteredOn(name -> name.startsWith("RELAY_")).isNotEmpty().isSubsetOf(settings);
    assertThat(at(envEntry("RELAY_CLUSTER_HOST"), "valueFrom", "fieldRef", "fieldPath")).isEqualTo("status.podIP");
  }

  @Test
  void variablesAreDefinedBeforeTheyAreReferenced() {
    List<String> defined = new ArrayList<>();
    for (Object entry : listAt(container(), "env")) {
      Map<String, Object> variable = asMap(entry, "env entry");
      Matcher reference = Pattern.compile("\\$\\(([A-Z0-9_]+)\\)").matcher(String.valueOf(variable.get("value")));
      while (reference.find()) {
        assertThat(defined).as("%s refers to $(%s)", variable.get("name"), reference.group(1))
            .contains(reference.group(1));
      }
      defined.add((String) variable.get("name"));
    }
  }

  @Test
  void serviceLinksAreOffBecauseTheyWouldSetRelaySettings() {
    // A Service named relay makes Kubernetes inject RELAY_PORT=tcp://...:5000 into every pod.
    assertThat(Settings.ALL).extracting(Setting::env).contains("RELAY_PORT", "RELAY_CLUSTER_PORT");
    assertThat(podSpec().get("enableServiceLinks")).as("enableServiceLinks").isEqualTo(false);
  }

  @Test
  void productionConfigHasExactlyTheKeysOfTheDefaults() {
    Set<String> settings = Settings.ALL.stream().map(Setting::path).collect(Collectors.toSet());
    assertThat(ConfigFiles.paths(PRODUCTION)).isEqualTo(ConfigFiles.paths(DEFAULTS));
    assertThat(ConfigFiles.paths(PRODUCTION)).isSubsetOf(settings);
    assertThat(PRODUCTION.getJsonObject("cluster").getBoolean("enabled")).as("cluster.enabled").isTrue();
  }

  @Test
  void configMapIsMountedWhereTheServerReadsItsFile() {
    String volume = volumeFromConfigMap((String) at(generator(), "name"));
    String mountPath = (String) named(listAt(container(), "volumeMounts"), volume).get("mountPath");
    assertThat(generatedFiles()).extracting(file -> mountPath + "/" + file)
        .containsExactly(Dockerfile.read().last("WORKDIR") + "/" + ConfigLoader.DEFAULT_FILE);
  }

  @Test
  void tmpIsAWritableVolumeForTheVertxCache() {
    String tmpVolume = listAt(container(), "volumeMounts").stream()
        .map(m -> asMap(m, "volumeMount"))
        .filter(m -> "/tmp".equals(m.get("mountPath")))
        .map(m -> (String) m.get("name"))
        .findFirst().orElse("(none at /tmp)");
    assertThat(named(listAt(podSpec(), "volumes"), tmpVolume)).containsKey("emptyDir");
    assertThat(Dockerfile.read().entrypoint()).anyMatch(arg -> arg.startsWith("-Dvertx.cacheDirBase=/tmp/"));
  }

  @Test
  void imageExposesTheContainerPortsAndRunsTheFatJar() {
    Dockerfile dockerfile = Dockerfile.read();
    Set<Integer> exposed = dockerfile.all("EXPOSE").stream()
        .flatMap(line -> List.of(line.split("\\s+")).stream())
        .map(port -> Integer.valueOf(port.replace("/tcp", "")))
        .collect(Collectors.toSet());
    assertThat(exposed).isEqualTo(Set.copyOf(containerPorts().values()));
    String copy = dockerfile.all("COPY").stream().filter(c -> c.startsWith("target/relay.jar ")).findFirst()
        .orElse("(no COPY of target/relay.jar)");
    String jar = copy.substring(copy.indexOf(' ') + 1).strip();
    assertThat(dockerfile.entrypoint()).containsSubsequence("-jar", jar);
  }

  @Test
  void gracePeriodOutlastsPreStopAndShutdown() {
    int grace = (Integer) at(podSpec(), "terminationGracePeriodSeconds");
    int clientGrace = Integer.parseInt(productionValue("shutdown.graceSeconds"));
    assertThat(grace).isGreaterThan(preStopSleepSeconds() + clientGrace);
  }

  @Test
  void runsAsTheImagesNonRootUserOnAReadOnlyRoot() {
    assertThat(securityContext("runAsNonRoot")).isEqualTo(true);
    assertThat(securityContext("readOnlyRootFilesystem")).isEqualTo(true);
    assertThat(securityContext("allowPrivilegeEscalation")).isEqualTo(false);
    String[] user = Dockerfile.read().last("USER").split(":");
    assertThat(securityContext("runAsUser")).as("runAsUser").isEqualTo(Integer.valueOf(user[0]));
    assertThat(securityContext("runAsGroup")).as("runAsGroup").isEqualTo(Integer.valueOf(user[user.length - 1]));
  }

  @Test
  void resourcesAreBoundedAndTheHeapFollowsTheLimit() {
    for (String bound : List.of("requests", "limits")) {
      assertThat(mapAt(container(), "resources", bound)).as(bound).containsKeys("cpu", "memory");
    }
    assertThat(Dockerfile.read().entrypoint()).anyMatch(arg -> arg.startsWith("-XX:MaxRAMPercentage="));
  }

  @Test
  void threeReplicasReplacedOneAtATime() {
    assertThat(at(deployment(), "spec", "replicas")).isEqualTo(3);
    assertThat(at(deployment(), "spec", "strategy", "type")).isEqualTo("RollingUpdate");
    assertThat(mapAt(deployment(), "spec", "strategy", "rollingUpdate"))
        .containsEntry("maxSurge", 1).containsEntry("maxUnavailable", 1);
    assertThat(at(Manifests.one("PodDisruptionBudget", "relay"), "spec", "maxUnavailable")).isEqualTo(1);
  }

  private static void assertSelects(Map<String, Object> selector, Map<String, Object> labels, String what) {
    assertThat(selector).as(what + " selector").isNotEmpty();
    assertThat(labels).as(what + " selector against the pod labels").containsAllEntriesOf(selector);
  }

  private static Map<String, Object> deployment() {
    return Manifests.one("Deployment", "relay");
  }

  private static Map<String, Object> podSpec() {
    return mapAt(deployment(), "spec", "template", "spec");
  }

  private static Map<String, Object> container() {
    return named(listAt(podSpec(), "containers"), "relay");
  }

  private static Map<String, Integer> containerPorts() {
    Map<String, Integer> ports = new LinkedHashMap<>();
    listAt(container(), "ports").forEach(p -> ports.put((String) at(p, "name"), (Integer) at(p, "containerPort")));
    return ports;
  }

  /** The container port a Service or probe port refers to, by name or number; -1 if it names none. */
  private static int containerPort(Object nameOrNumber) {
    Map<String, Integer> ports = containerPorts();
    if (nameOrNumber instanceof String name) {
      return ports.getOrDefault(name, -1);
    }
    return ports.containsValue(nameOrNumber) ? (Integer) nameOrNumber : -1;
  }

  private static List<Integer> targetPorts(Map<String, Object> service) {
    return listAt(service, "spec", "ports").stream()
        .map(p -> asMap(p, "Service port"))
        .map(p -> containerPort(p.getOrDefault("targetPort", p.get("port"))))
        .toList();
  }

  private static List<String> envNames() {
    return listAt(container(), "env").stream().map(e -> (String) at(e, "name")).toList();
  }

  private static Map<String, Object> envEntry(String name) {
    return named(listAt(container(), "env"), name);
  }

  private static String env(String name) {
    return (String) at(envEntry(name), "value");
  }

  /** A setting as the pods get it: the Deployment's variable if it sets one, else k8s/relay.json. */
  private static String productionValue(String path) {
    Setting setting = Settings.ALL.stream().filter(s -> s.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no setting " + path + " in Settings.ALL"));
    if (envNames().contains(setting.env())) {
      return env(setting.env());
    }
    Object value = PRODUCTION;
    for (String key : path.split("\\.")) {
      value = ((JsonObject) value).getValue(key);
    }
    assertThat(value).as(path + " in k8s/relay.json").isNotNull();
    return String.valueOf(value);
  }

  /** Container settings win over the pod's, as Kubernetes applies them. */
  private static Object securityContext(String field) {
    Object own = container().get("securityContext") instanceof Map<?, ?> sc ? sc.get(field) : null;
    Object pod = podSpec().get("securityContext") instanceof Map<?, ?> sc ? sc.get(field) : null;
    return own != null ? own : pod;
  }

  private static int preStopSleepSeconds() {
    Map<String, Object> preStop = mapAt(container(), "lifecycle", "preStop");
    if (preStop.containsKey("sleep")) {
      return (Integer) at(preStop, "sleep", "seconds");
    }
    List<Object> command = listAt(preStop, "exec", "command");
    String line = command.stream().map(String::valueOf).collect(Collectors.joining(" "));
    Matcher sleep = Pattern.compile("sleep\\s+(\\d+)").matcher(line);
    assertThat(sleep.find()).as("preStop sleeps: %s", command).isTrue();
    return Integer.parseInt(sleep.group(1));
  }

  private static String volumeFromConfigMap(String configMap) {
    return listAt(podSpec(), "volumes").stream()
        .map(v -> asMap(v, "volume"))
        .filter(v -> v.get("configMap") instanceof Map<?, ?> cm && configMap.equals(cm.get("name")))
        .map(v -> (String) v.get("name"))
        .findFirst().orElse("(no volume from ConfigMap " + configMap + ")");
  }

  /** The keys the configMapGenerator gives its files: KEY in {@code KEY=path}, else the file's name. */
  private static List<String> generatedFiles() {
    return listAt(generator(), "files").stream()
        .map(String.class::cast)
        .map(f -> f.contains("=") ? f.split("=")[0] : Path.of(source(f)).getFileName().toString())
        .toList();
  }

  /** The path of a configMapGenerator entry, relative to k8s/. */
  private static String source(Object file) {
    String entry = (String) file;
    return entry.substring(entry.indexOf('=') + 1);
  }

  private static Map<String, Object> generator() {
    List<Object> generators = listAt(Manifests.kustomization(), "configMapGenerator");
    assertThat(generators).as("configMapGenerator").hasSize(1);
    return asMap(generators.get(0), "configMapGenerator");
  }

  /** The event-bus port the defaults give, derived from the Hazelcast port unless set. */
  private static int defaultBusPort() {
    return new ClusterSettings("defaults", null, CLUSTER_DEFAULTS.getInteger("port"),
        CLUSTER_DEFAULTS.getInteger("busPort"), List.of(), null).busPort();
  }
}

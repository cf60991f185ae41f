package dev.relay.deploy;

import static dev.relay.deploy.Manifests.asMap;
import static dev.relay.deploy.Manifests.at;
import static dev.relay.deploy.Manifests.listAt;
import static dev.relay.deploy.Manifests.mapAt;
import static dev.relay.deploy.Manifests.named;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.cluster.ClusterNode;
import dev.relay.cluster.ClusterSettings;
import dev.relay.config.ConfigLoader;
import dev.relay.config.Setting;
import dev.relay.config.Settings;
import dev.relay.irc.IrcConfig;
import dev.relay.server.ShutdownBudget;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests agree with each other and with the code: ports, selectors, settings, where the
 * configuration is mounted, probes, the rollout and the shutdown timing. Nothing is applied; this test is
 * what checks them (with {@link NetworkPolicyTest}, {@link DockerImageTest}, {@link ComponentsTest} and
 * {@link KustomizeRenderTest}).
 */
class ManifestTest {

  static final JsonObject DEFAULTS = ConfigFiles.read(Path.of(ConfigLoader.DEFAULT_FILE));
  private static final JsonObject CLUSTER_DEFAULTS = DEFAULTS.getJsonObject("cluster");
  static final JsonObject IRC_DEFAULTS = DEFAULTS.getJsonObject("irc");
  private static final JsonObject PRODUCTION = ConfigFiles.read(Manifests.DIR.resolve("relay.json"));
  private static final Pattern LOGBACK_VARIABLE = Pattern.compile("\\$\\{(RELAY_[A-Z_]+)");

  @Test
  void kustomizationListsEveryManifestAndNothingElse() {
    List<Object> resources = listAt(Manifests.kustomization(), "resources");
    assertThat(resources).allSatisfy(file -> assertThat(Manifests.DIR.resolve((String) file)).exists());
    assertThat(resources).containsExactlyInAnyOrderElementsOf(Manifests.resourceFiles());
    assertThat(listAt(generator(), "files"))
        .allSatisfy(file -> assertThat(Manifests.DIR.resolve(source(file))).exists());
  }

  @Test
  void everySelectorMatchesThePodTemplateAndNamesTheInstance() {
    Map<String, Object> pods = mapAt(RelayPod.deployment(), "spec", "template", "metadata", "labels");
    assertThat(RelayPod.selector()).containsKeys("app.kubernetes.io/name", "app.kubernetes.io/instance");
    assertSelects(RelayPod.selector(), pods, "Deployment");
    assertSelects(mapAt(Manifests.one("PodDisruptionBudget", "relay"), "spec", "selector", "matchLabels"), pods,
        "PodDisruptionBudget");
    List<Map<String, Object>> services = Manifests.ofKind("Service");
    assertThat(services).extracting(s -> at(s, "metadata", "name")).contains("relay", "relay-cluster");
    services.forEach(s -> assertSelects(mapAt(s, "spec", "selector"), pods, "Service " + at(s, "metadata", "name")));
    for (Map<String, Object> manifest : Manifests.documents()) {
      assertThat(mapAt(manifest, "metadata", "labels")).as("labels of %s", at(manifest, "metadata", "name"))
          .containsAllEntriesOf(RelayPod.selector());
    }
  }

  @Test
  void everyServiceTargetsAContainerPort() {
    for (Map<String, Object> service : Manifests.ofKind("Service")) {
      assertThat(targetPorts(service)).as("Service %s target ports (-1: no such container port)",
          at(service, "metadata", "name")).isNotEmpty().allMatch(port -> port > 0);
    }
  }

  @Test
  void clientsReachTheChatIrcAndWebPortsThroughALoadBalancer() {
    Map<String, Object> service = Manifests.one("Service", "relay");
    assertThat(at(service, "spec", "type")).isEqualTo("LoadBalancer");
    assertThat(at(service, "spec", "externalTrafficPolicy")).as("keeps client IPs for the per-IP limit")
        .isEqualTo("Local");
    assertThat(targetPorts(service)).containsExactlyInAnyOrder(DEFAULTS.getInteger("port"),
        IRC_DEFAULTS.getInteger("port"), DEFAULTS.getJsonObject("web").getInteger("port"));
  }

  @Test
  void headlessServiceListsPodsForDiscoveryBeforeTheyAreReady() {
    Map<String, Object> service = Manifests.one("Service", "relay-cluster");
    assertThat(at(service, "spec", "clusterIP")).isEqualTo("None");
    assertThat(at(service, "spec", "publishNotReadyAddresses")).isEqualTo(true);
    assertThat(targetPorts(service)).containsExactlyInAnyOrder(CLUSTER_DEFAULTS.getInteger("port"), defaultBusPort());
    // Through the pod's DNS search path, whatever the cluster's domain.
    assertThat(RelayPod.env("RELAY_CLUSTER_DNS")).isEqualTo(at(service, "metadata", "name") + ".$(POD_NAMESPACE).svc");
  }

  @Test
  void containerPortsAreTheConfiguredDefaults() {
    assertThat(RelayPod.ports()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "chat", DEFAULTS.getInteger("port"),
        "chat-tls", DEFAULTS.getJsonObject("tls").getInteger("port"),
        "irc", IRC_DEFAULTS.getInteger("port"),
        "irc-tls", IRC_DEFAULTS.getInteger("tlsPort"),
        "hazelcast", CLUSTER_DEFAULTS.getInteger("port"),
        "bus", defaultBusPort(),
        "http", DEFAULTS.getJsonObject("http").getInteger("port"),
        "web", DEFAULTS.getJsonObject("web").getInteger("port")));
    assertThat(RelayPod.ports().values()).containsExactlyInAnyOrder(5000, 5001, 5701, 5801, 6667, 6697, 8000, 8080);
    // IrcConfig's constants are the defaults the code and docs cite; conf/relay.json is what a server starts with.
    assertThat(IRC_DEFAULTS.getInteger("port")).as("irc.port").isEqualTo(IrcConfig.DEFAULT_PORT);
    assertThat(IRC_DEFAULTS.getInteger("tlsPort")).as("irc.tlsPort").isEqualTo(IrcConfig.DEFAULT_TLS_PORT);
  }

  @Test
  void thePodsListenOnTheDeclaredClientPorts() {
    // The pods take their ports from k8s/relay.json (or the Deployment's variables), not from conf/relay.json:
    // a port changed there alone would leave the Service and the NetworkPolicy pointing at nothing. A zero
    // would turn the gateway off behind a Service that still offers it.
    Map<String, String> settings = Map.of("chat", "port", "chat-tls", "tls.port", "irc", "irc.port",
        "irc-tls", "irc.tlsPort", "web", "web.port");
    settings.forEach((name, path) -> assertThat(productionValue(path)).as("%s for container port %s", path, name)
        .isEqualTo(String.valueOf(RelayPod.ports().get(name))));
  }

  @Test
  void probesAskTheHealthEndpointsOnADeclaredPort() {
    Map<String, String> paths = Map.of("startupProbe", "/health/live", "readinessProbe", "/health/ready",
        "livenessProbe", "/health/live");
    paths.forEach((probe, path) -> {
      assertThat(at(RelayPod.probe(probe), "httpGet", "path")).as(probe).isEqualTo(path);
      assertThat(RelayPod.port(at(RelayPod.probe(probe), "httpGet", "port"))).as(probe + " port").isPositive();
    });
    assertThat(RelayPod.probe("livenessProbe")).as("liveness waits for the startup probe, not a fixed delay")
        .doesNotContainKey("initialDelaySeconds");
  }

  @Test
  void theStartupProbeOutwaitsTheLongestClusterJoin() {
    Map<String, Object> startup = RelayPod.probe("startupProbe");
    int budget = (Integer) startup.get("periodSeconds") * (Integer) startup.get("failureThreshold");
    assertThat(budget).isGreaterThan(ClusterNode.JOIN_TIMEOUT_SECONDS);
  }

  @Test
  void everyRelayVariableIsASettingOrALoggingVariable() throws IOException {
    Set<String> known = Settings.ALL.stream().map(Setting::env).collect(Collectors.toSet());
    Matcher logging = LOGBACK_VARIABLE.matcher(Files.readString(Path.of("conf/logback.xml")));
    while (logging.find()) {
      known.add(logging.group(1));
    }
    assertThat(RelayPod.envNames()).filteredOn(name -> name.startsWith("RELAY_")).isNotEmpty().isSubsetOf(known);
    assertThat(at(RelayPod.envEntry("RELAY_CLUSTER_HOST"), "valueFrom", "fieldRef", "fieldPath"))
        .isEqualTo("status.podIP");
    assertThat(RelayPod.env("RELAY_LOG_FORMAT")).as("logs for the cluster's pipeline").isEqualTo("json");
  }

  @Test
  void variablesAreDefinedBeforeTheyAreReferenced() {
    List<String> defined = new ArrayList<>();
    for (Object entry : listAt(RelayPod.container(), "env")) {
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
    assertThat(RelayPod.podSpec().get("enableServiceLinks")).as("enableServiceLinks").isEqualTo(false);
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
    String mountPath = (String) named(listAt(RelayPod.container(), "volumeMounts"), volume).get("mountPath");
    assertThat(generatedFiles()).extracting(file -> mountPath + "/" + file)
        .containsExactly(Dockerfile.read().last("WORKDIR") + "/" + ConfigLoader.DEFAULT_FILE);
  }

  @Test
  void tmpIsAWritableVolumeForTheVertxCache() {
    String tmpVolume = listAt(RelayPod.container(), "volumeMounts").stream()
        .map(m -> asMap(m, "volumeMount"))
        .filter(m -> "/tmp".equals(m.get("mountPath")))
        .map(m -> (String) m.get("name"))
        .findFirst().orElse("(none at /tmp)");
    assertThat(named(listAt(RelayPod.podSpec(), "volumes"), tmpVolume)).containsKey("emptyDir");
    assertThat(RelayPod.jvmFlags()).anyMatch(arg -> arg.startsWith("-Dvertx.cacheDirBase=/tmp/"));
  }

  @Test
  void gracePeriodOutlastsPreStopAndTheWholeStop() {
    int grace = (Integer) at(RelayPod.podSpec(), "terminationGracePeriodSeconds");
    int clientGrace = Integer.parseInt(productionValue("shutdown.graceSeconds"));
    int preStop = (Integer) at(RelayPod.container(), "lifecycle", "preStop", "sleep", "seconds");
    assertThat(grace).as("grace period against preStop %d s + stop %d s + 5 s margin", preStop,
        ShutdownBudget.worstCaseSeconds(clientGrace))
        .isGreaterThanOrEqualTo(preStop + ShutdownBudget.worstCaseSeconds(clientGrace) + 5);
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
  void threeReplicasReplacedOneAtATimeAndSpreadOverNodes() {
    assertThat(at(RelayPod.deployment(), "spec", "replicas")).isEqualTo(3);
    assertThat(at(RelayPod.deployment(), "spec", "strategy", "type")).isEqualTo("RollingUpdate");
    assertThat(mapAt(RelayPod.deployment(), "spec", "strategy", "rollingUpdate"))
        .containsEntry("maxSurge", 1).containsEntry("maxUnavailable", 0);
    Map<String, Object> budget = Manifests.one("PodDisruptionBudget", "relay");
    assertThat(at(budget, "spec", "maxUnavailable")).isEqualTo(1);
    assertThat(at(budget, "spec", "unhealthyPodEvictionPolicy")).isEqualTo("AlwaysAllow");
    Map<String, Object> perNode = listAt(RelayPod.podSpec(), "topologySpreadConstraints").stream()
        .map(c -> asMap(c, "topologySpreadConstraint"))
        .filter(c -> "kubernetes.io/hostname".equals(c.get("topologyKey")))
        .findFirst().orElseThrow(() -> new AssertionError("no spread over kubernetes.io/hostname"));
    assertThat(perNode).containsEntry("maxSkew", 1).containsEntry("whenUnsatisfiable", "DoNotSchedule");
    assertThat(mapAt(perNode, "labelSelector", "matchLabels")).isEqualTo(RelayPod.selector());
  }

  private static void assertSelects(Map<String, Object> selector, Map<String, Object> labels, String what) {
    assertThat(selector).as(what + " selector").isNotEmpty();
    assertThat(labels).as(what + " selector against the pod labels").containsAllEntriesOf(selector);
  }

  private static List<Integer> targetPorts(Map<String, Object> service) {
    return listAt(service, "spec", "ports").stream()
        .map(p -> asMap(p, "Service port"))
        .map(p -> RelayPod.port(p.getOrDefault("targetPort", p.get("port"))))
        .toList();
  }

  /** A setting as the pods get it: the Deployment's variable if it sets one, else k8s/relay.json. */
  private static String productionValue(String path) {
    Setting setting = Settings.ALL.stream().filter(s -> s.path().equals(path)).findFirst()
        .orElseThrow(() -> new AssertionError("no setting " + path + " in Settings.ALL"));
    if (RelayPod.envNames().contains(setting.env())) {
      return RelayPod.env(setting.env());
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
    Object own = RelayPod.container().get("securityContext") instanceof Map<?, ?> sc ? sc.get(field) : null;
    Object pod = RelayPod.podSpec().get("securityContext") instanceof Map<?, ?> sc ? sc.get(field) : null;
    return own != null ? own : pod;
  }

  private static String volumeFromConfigMap(String configMap) {
    return listAt(RelayPod.podSpec(), "volumes").stream()
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

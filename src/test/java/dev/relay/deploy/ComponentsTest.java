package dev.relay.deploy;

import static dev.relay.deploy.Manifests.at;
import static dev.relay.deploy.Manifests.listAt;
import static dev.relay.deploy.Manifests.mapAt;
import static dev.relay.deploy.Manifests.named;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.config.Setting;
import dev.relay.config.Settings;
import dev.relay.ops.AccountMetrics;
import dev.relay.ops.ClusterMetrics;
import dev.relay.ops.RelayMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The optional kustomize components under k8s/components agree with the code and with the base. */
class ComponentsTest {

  private static final String TLS = "components/tls/";
  private static final String MONITORING = "components/monitoring/";

  @Test
  void everyComponentIsAKustomizeComponentWhoseFilesExist() {
    for (String component : List.of(TLS, MONITORING)) {
      Map<String, Object> kustomization = Manifests.document(component + "kustomization.yaml");
      assertThat(kustomization.get("kind")).isEqualTo("Component");
      for (String key : List.of("resources", "patches")) {
        if (kustomization.containsKey(key)) {
          listAt(kustomization, key).forEach(entry -> assertThat(Manifests.DIR.resolve(component
              + (entry instanceof Map<?, ?> patch ? patch.get("path") : entry))).exists());
        }
      }
    }
  }

  @Test
  void tlsTurnsOnTheTlsSettingsWithTheSecretsFilesAndServesTheDeclaredPorts() {
    Map<String, Object> container = named(listAt(Manifests.document(TLS + "deployment-tls.yaml"),
        "spec", "template", "spec", "containers"), "relay");
    Set<String> settings = Settings.ALL.stream().map(Setting::env).collect(Collectors.toSet());
    Map<String, String> env = listAt(container, "env").stream()
        .collect(Collectors.toMap(e -> (String) at(e, "name"), e -> (String) at(e, "value")));
    assertThat(env.keySet()).isSubsetOf(settings);
    assertThat(env).containsEntry(Settings.TLS_ENABLED.env(), "true");
    String mount = (String) at(named(listAt(container, "volumeMounts"), "tls"), "mountPath");
    assertThat(env.get(Settings.TLS_CERT.env())).isEqualTo(mount + "/tls.crt");
    assertThat(env.get(Settings.TLS_KEY.env())).isEqualTo(mount + "/tls.key");
    Map<String, Object> volume = named(listAt(Manifests.document(TLS + "deployment-tls.yaml"),
        "spec", "template", "spec", "volumes"), "tls");
    assertThat(at(volume, "secret", "secretName")).isEqualTo("relay-tls");
    assertThat(RelayPod.podSpec()).extracting(p -> at(p, "securityContext", "fsGroup")).as("fsGroup reads the Secret")
        .isEqualTo(at(RelayPod.container(), "securityContext", "runAsGroup"));

    List<Object> servicePorts = listAt(Manifests.document(TLS + "service-tls.yaml"), "spec", "ports");
    assertThat(RelayPod.port(named(servicePorts, "chat-tls").get("targetPort")))
        .isEqualTo(ManifestTest.DEFAULTS.getJsonObject("tls").getInteger("port"));
    assertThat(RelayPod.port(named(servicePorts, "irc-tls").get("targetPort")))
        .isEqualTo(ManifestTest.IRC_DEFAULTS.getInteger("tlsPort"));
    // The Service now offers irc-tls, so the component must not turn IRC over TLS off.
    assertThat(env.get(Settings.IRC_TLS_PORT.env())).as(Settings.IRC_TLS_PORT.env()).isNotEqualTo("0");
  }

  @Test
  void thePodMonitorScrapesTheOperatorPortOfRelaysPods() {
    Map<String, Object> monitor = Manifests.document(MONITORING + "podmonitor.yaml");
    assertThat(mapAt(monitor, "spec", "selector", "matchLabels")).isEqualTo(RelayPod.selector());
    Map<String, Object> endpoint = Manifests.asMap(listAt(monitor, "spec", "podMetricsEndpoints").get(0), "endpoint");
    assertThat(RelayPod.port(endpoint.get("port"))).isEqualTo(ManifestTest.DEFAULTS.getJsonObject("http").getInteger("port"));
    assertThat(endpoint.get("path")).isEqualTo("/metrics");
  }

  @Test
  void theAlertsAskForRelayMetricsThatExist() throws IOException {
    PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    new RelayMetrics(registry);
    Set<String> exported = new HashSet<>();
    Matcher sample = Pattern.compile("(?m)^(relay_[a-z_]+)").matcher(registry.scrape());
    while (sample.find()) {
      exported.add(sample.group(1));
    }
    exported.add(ClusterMetrics.MEMBERS.replace('.', '_'));
    exported.add(ClusterMetrics.SAFE.replace('.', '_'));
    exported.add(AccountMetrics.STORE_UP.replace('.', '_'));
    exported.add(AccountMetrics.HASHES_REFUSED.replace('.', '_') + "_total");
    Matcher used = Pattern.compile("\\b(relay_[a-z_]+)")
        .matcher(Files.readString(Manifests.DIR.resolve(MONITORING + "rules.yaml")));
    Set<String> asked = new HashSet<>();
    while (used.find()) {
      asked.add(used.group(1));
    }
    assertThat(asked).isNotEmpty().isSubsetOf(exported);
  }
}

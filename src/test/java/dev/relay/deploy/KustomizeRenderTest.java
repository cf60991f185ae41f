package dev.relay.deploy;

import static dev.relay.deploy.Manifests.asMap;
import static dev.relay.deploy.Manifests.at;
import static dev.relay.deploy.Manifests.listAt;
import static dev.relay.deploy.Manifests.named;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * What {@code kubectl apply -k} would send: k8s/ rendered by kustomize (the one in kubectl, offline), alone and
 * with every component turned on, so that the components' patches are known to apply and to merge rather than
 * replace. Needs kubectl, which CI's machine image has.
 */
class KustomizeRenderTest {

  private static final Path OVERLAY = Path.of("target", "kustomize-all-components");

  @Test
  void theBaseRendersWithTheImageAndTheGeneratedConfigMap() throws Exception {
    List<Map<String, Object>> rendered = render(Manifests.DIR);
    assertThat(rendered).extracting(d -> d.get("kind")).containsExactlyInAnyOrder("ConfigMap", "Service", "Service",
        "Deployment", "PodDisruptionBudget", "NetworkPolicy");
    Map<String, Object> pod = podSpec(rendered);
    Map<String, Object> container = named(listAt(pod, "containers"), "relay");
    Map<String, Object> images = asMap(listAt(Manifests.kustomization(), "images").get(0), "images entry");
    assertThat(container.get("image")).isEqualTo(images.get("newName") + ":" + images.get("newTag"));
    String configMap = (String) at(one(rendered, "ConfigMap"), "metadata", "name");
    assertThat(configMap).as("a name with the content's hash, so that a change rolls the pods").startsWith("relay-config-");
    assertThat(at(named(listAt(pod, "volumes"), "config"), "configMap", "name")).isEqualTo(configMap);
  }

  @Test
  void everyComponentAppliesOnTopOfTheBase() throws Exception {
    List<Map<String, Object>> rendered = render(writeOverlayWithEveryComponent());
    assertThat(rendered).extracting(d -> d.get("kind")).contains("PodMonitor", "PrometheusRule");
    Map<String, Object> container = named(listAt(podSpec(rendered), "containers"), "relay");
    List<String> env = listAt(container, "env").stream().map(e -> (String) at(e, "name")).toList();
    assertThat(env).as("the base's variables kept, the TLS ones added").containsAll(RelayPod.envNames())
        .contains("RELAY_TLS_ENABLED", "RELAY_TLS_CERT_PATH", "RELAY_TLS_KEY_PATH");
    assertThat(listAt(container, "volumeMounts")).hasSize(listAt(RelayPod.container(), "volumeMounts").size() + 1);
    Map<String, Object> service = rendered.stream()
        .filter(d -> "Service".equals(d.get("kind")) && "relay".equals(at(d, "metadata", "name"))).findFirst()
        .orElseThrow();
    assertThat(listAt(service, "spec", "ports")).extracting(p -> at(p, "name"))
        .containsExactlyInAnyOrder("chat", "chat-tls", "irc", "irc-tls", "web");
  }

  @Test
  void whatRendersHasOnlyFieldsOfTheKubernetesApiTypes() throws Exception {
    List<Map<String, Object>> rendered = render(Manifests.DIR);
    rendered.addAll(render(writeOverlayWithEveryComponent()));
    assertThat(rendered.stream().filter(ApiTypes::knows)).as("built-in kinds checked").hasSizeGreaterThan(6);
    for (Map<String, Object> document : rendered.stream().filter(ApiTypes::knows).toList()) {
      assertThat(ApiTypes.unknownFields(document)).as("fields unknown to %s %s", document.get("kind"),
          at(document, "metadata", "name")).isEmpty();
    }
  }

  private static Map<String, Object> podSpec(List<Map<String, Object>> rendered) {
    return Manifests.mapAt(one(rendered, "Deployment"), "spec", "template", "spec");
  }

  private static Map<String, Object> one(List<Map<String, Object>> rendered, String kind) {
    return rendered.stream().filter(d -> kind.equals(d.get("kind"))).findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " rendered"));
  }

  /** An overlay under target/ (kustomize takes only relative paths) with the base and every component. */
  private static Path writeOverlayWithEveryComponent() throws IOException {
    Files.createDirectories(OVERLAY);
    Files.writeString(OVERLAY.resolve("kustomization.yaml"), String.join("\n",
        "apiVersion: kustomize.config.k8s.io/v1beta1",
        "kind: Kustomization",
        "resources:",
        "  - ../../k8s",
        "components:",
        "  - ../../k8s/components/tls",
        "  - ../../k8s/components/monitoring", ""));
    return OVERLAY;
  }

  private static List<Map<String, Object>> render(Path dir) throws IOException, InterruptedException {
    Process kubectl;
    try {
      kubectl = new ProcessBuilder("kubectl", "kustomize", dir.toString()).redirectErrorStream(false).start();
    } catch (IOException notInstalled) {
      assumeTrue(false, "kubectl is not installed: " + notInstalled.getMessage());
      throw notInstalled;
    }
    String out = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(kubectl.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(kubectl.waitFor(60, TimeUnit.SECONDS)).as("kubectl kustomize finished").isTrue();
    assertThat(kubectl.exitValue()).as("kubectl kustomize %s: %s", dir, err).isZero();
    List<Map<String, Object>> documents = new ArrayList<>();
    new Yaml().loadAll(out).forEach(d -> documents.add(asMap(d, "rendered document")));
    return documents;
  }
}

package dev.relay.deploy;

import static dev.relay.deploy.Manifests.asMap;
import static dev.relay.deploy.Manifests.at;
import static dev.relay.deploy.Manifests.listAt;
import static dev.relay.deploy.Manifests.mapAt;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The NetworkPolicy in k8s/: the chat and IRC ports open to everyone, Hazelcast and the event bus only between
 * Relay's pods (neither authenticates its peers), the operator port only from the monitoring namespace, and every
 * port the container declares decided one way or the other.
 */
class NetworkPolicyTest {

  private static final Map<String, Object> POLICY = Manifests.one("NetworkPolicy", "relay");

  @Test
  void appliesToRelaysPodsAndOnlyToTheirIngress() {
    assertThat(mapAt(POLICY, "spec", "podSelector", "matchLabels")).isEqualTo(RelayPod.selector());
    assertThat(listAt(POLICY, "spec", "policyTypes")).containsExactly("Ingress");
  }

  @Test
  void chatAndIrcPortsAreOpenToEveryone() {
    assertThat(portsOf(rules().stream().filter(rule -> !rule.containsKey("from")).toList()))
        .containsExactlyInAnyOrder("chat", "chat-tls", "irc", "irc-tls", "web");
  }

  @Test
  void clusterPortsAreOpenOnlyToRelaysOwnPods() {
    List<Map<String, Object>> fromRelay = rules().stream()
        .filter(rule -> rule.containsKey("from"))
        .filter(rule -> listAt(rule, "from").stream().allMatch(peer -> asMap(peer, "peer").containsKey("podSelector")
            && RelayPod.selector().equals(mapAt(peer, "podSelector", "matchLabels"))))
        .toList();
    assertThat(portsOf(fromRelay)).containsExactlyInAnyOrder("hazelcast", "bus");
  }

  @Test
  void theOperatorPortIsOpenOnlyToTheMonitoringNamespace() {
    List<Map<String, Object>> fromMonitoring = rules().stream()
        .filter(rule -> rule.containsKey("from"))
        .filter(rule -> listAt(rule, "from").stream().allMatch(peer -> asMap(peer, "peer").containsKey("namespaceSelector")))
        .toList();
    assertThat(portsOf(fromMonitoring)).containsExactly("http");
  }

  @Test
  void everyDeclaredPortIsDecidedAndEveryRuleNamesADeclaredPort() {
    Set<String> named = new HashSet<>(portsOf(rules()));
    assertThat(named).isEqualTo(RelayPod.ports().keySet());
    for (Map<String, Object> rule : rules()) {
      for (Object port : listAt(rule, "ports")) {
        assertThat(at(port, "protocol")).isEqualTo("TCP");
      }
    }
  }

  private static List<Map<String, Object>> rules() {
    return listAt(POLICY, "spec", "ingress").stream().map(r -> asMap(r, "ingress rule")).toList();
  }

  private static List<String> portsOf(List<Map<String, Object>> rules) {
    return rules.stream().flatMap(rule -> listAt(rule, "ports").stream()).map(p -> (String) at(p, "port")).toList();
  }
}

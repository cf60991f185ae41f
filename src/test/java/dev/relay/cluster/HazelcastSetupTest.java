package dev.relay.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.config.Config;
import com.hazelcast.config.KubernetesConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

class HazelcastSetupTest {

  @Test
  void kubernetesDiscoveryLooksForTheConfiguredPortNotHazelcastsDefault() {
    Config config = HazelcastSetup.config(new ClusterSettings("chat", "10.0.0.7", 5711, -1, List.of(),
        "relay-cluster.chat.svc"));
    KubernetesConfig kubernetes = config.getNetworkConfig().getJoin().getKubernetesConfig();
    assertThat(kubernetes.isEnabled()).isTrue();
    assertThat(kubernetes.getProperty("service-dns")).isEqualTo("relay-cluster.chat.svc");
    assertThat(kubernetes.getProperty("service-port")).isEqualTo("5711");
    assertThat(config.getNetworkConfig().getJoin().getTcpIpConfig().isEnabled()).isFalse();
  }

  @Test
  void aGracefulLeaveFitsTheShutdownBudget() {
    Config config = HazelcastSetup.config(ClusterSettings.loopback("chat", 5701, List.of()));
    assertThat(config.getProperty("hazelcast.graceful.shutdown.max.wait"))
        .isEqualTo(String.valueOf(ClusterNode.GRACEFUL_LEAVE_SECONDS));
  }
}

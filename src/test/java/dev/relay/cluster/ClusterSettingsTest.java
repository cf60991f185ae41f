package dev.relay.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClusterSettingsTest {

  @Test
  void theEventBusTakesTheHazelcastPortPlusAHundredUnlessGiven() {
    assertThat(settings(5701, ClusterSettings.DERIVED_BUS_PORT).busPort()).isEqualTo(5801);
    assertThat(settings(5702, ClusterSettings.DERIVED_BUS_PORT).busPort()).isEqualTo(5802);
    assertThat(settings(5701, 6000).busPort()).isEqualTo(6000);
    assertThat(settings(5701, 0).busPort()).isZero();
  }

  @Test
  void aHazelcastPortTooHighToDeriveFromAsksForTheBusPort() {
    assertThatThrownBy(() -> settings(65500, ClusterSettings.DERIVED_BUS_PORT))
        .hasMessage("cluster port 65500 leaves no room for the event-bus port (cluster port + 100); give the bus port");
    assertThat(settings(65500, 5801).busPort()).isEqualTo(5801);
  }

  @Test
  void busPortsOutOfRangeAreRefused() {
    assertThatThrownBy(() -> settings(5701, -2)).hasMessage("cluster bus port must be 0-65535, got -2");
    assertThatThrownBy(() -> settings(5701, 65536)).hasMessage("cluster bus port must be 0-65535, got 65536");
  }

  private static ClusterSettings settings(int port, int busPort) {
    return new ClusterSettings("test", "127.0.0.1", port, busPort, List.of(), null);
  }
}

package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConnectFailuresTest {

  @Test
  void serversFailingAlikeAreNamedTogether() {
    ConnectFailures failures = new ConnectFailures();
    failures.add("a:5000", "Connection refused");
    failures.add("b:5001", "Connection refused");
    assertThat(failures.describe()).isEqualTo("a:5000, b:5001: Connection refused");
    assertThat(failures.reasons()).isEqualTo("a:5000, b:5001: Connection refused");
  }

  @Test
  void differentReasonsAreGroupedInTheOrderTheyFirstOccurred() {
    ConnectFailures failures = new ConnectFailures();
    failures.add("a:5000", "Connection refused");
    failures.add("b:5001", "timed out");
    failures.add("c:5002", "Connection refused");
    assertThat(failures.describe()).isEqualTo("a:5000, c:5002: Connection refused; b:5001: timed out");
  }

  @Test
  void aNameWhoseAddressesFailAlikeIsNamedOnce() {
    ConnectFailures failures = new ConnectFailures();
    failures.add("cluster:5000", "Connection refused");
    failures.add("cluster:5000", "Connection refused");
    assertThat(failures.describe()).isEqualTo("cluster:5000: Connection refused");
  }

  @Test
  void withOneServerTheReasonsAreEnough() {
    ConnectFailures failures = new ConnectFailures();
    assertThat(failures.isEmpty()).isTrue();
    failures.add("localhost:5000", "Connection refused");
    assertThat(failures.isEmpty()).isFalse();
    assertThat(failures.reasons()).isEqualTo("Connection refused");
  }
}

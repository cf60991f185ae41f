package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relay.client.ServerAddresses.Address;
import dev.relay.client.ServerAddresses.Entry;
import java.net.InetSocketAddress;
import java.util.List;
import org.junit.jupiter.api.Test;

class ServerAddressesTest {

  private final DnsTable dns = new DnsTable();

  @Test
  void aHostWithoutAPortGetsTheDefaultPort() {
    assertThat(ServerAddresses.parse("chat.example", 6000).entries()).containsExactly(new Entry("chat.example", 6000));
  }

  @Test
  void entriesAreCommaSeparatedAndMayCarryTheirPort() {
    ServerAddresses servers = ServerAddresses.parse("a:5000, b ,10.0.0.3:5002", 7000);
    assertThat(servers.entries())
        .containsExactly(new Entry("a", 5000), new Entry("b", 7000), new Entry("10.0.0.3", 5002));
    assertThat(servers.describe()).isEqualTo("a:5000, b:7000, 10.0.0.3:5002");
  }

  @Test
  void ipv6LiteralsTakeAPortInBrackets() {
    assertThat(ServerAddresses.parse("[::1]:5001,[fe80::1],::1", 5000).entries())
        .containsExactly(new Entry("::1", 5001), new Entry("fe80::1", 5000), new Entry("::1", 5000));
    assertThat(new Entry("::1", 5001).label()).isEqualTo("[::1]:5001");
  }

  @Test
  void badEntriesAreUsageErrorsNamingTheEntry() {
    assertBad("", "--host must not be empty");
    assertBad("a,,b", "--host has an empty entry: \"a,,b\"");
    assertBad("a:5000,", "--host has an empty entry: \"a:5000,\"");
    assertBad(":5000", "--host entry \":5000\": no host before the port");
    assertBad("a:", "--host entry \"a:\": port must be 1-65535, got \"\"");
    assertBad("a:http", "--host entry \"a:http\": port must be 1-65535, got \"http\"");
    assertBad("a:+80", "--host entry \"a:+80\": port must be 1-65535, got \"+80\"");
    assertBad("a:0", "--host entry \"a:0\": port must be 1-65535, got \"0\"");
    assertBad("a:65536", "--host entry \"a:65536\": port must be 1-65535, got \"65536\"");
    assertBad("a:99999999999", "--host entry \"a:99999999999\": port must be 1-65535, got \"99999999999\"");
    assertBad("[::1", "--host entry \"[::1\": no closing ']'");
    assertBad("[]:5000", "--host entry \"[]:5000\": no address in []");
    assertBad("[::1]5000", "--host entry \"[::1]5000\": expected :PORT after ']'");
  }

  @Test
  void aRoundHoldsEveryAddressOfEveryNameOnce() {
    dns.answer("a", "10.0.0.1");
    dns.answer("cluster", "10.0.0.2", "10.0.0.3");
    dns.answer("again", "10.0.0.1");
    ServerAddresses.Round round = ServerAddresses.parse("a,cluster,again", 5000).round(dns, null);
    assertThat(names(round.order()))
        .containsExactly("a:5000", "cluster:5000 (10.0.0.2)", "cluster:5000 (10.0.0.3)");
    assertThat(round.unresolved()).isEmpty();
  }

  @Test
  void aNameThatDoesNotResolveIsReportedAndTheOthersStay() {
    dns.answer("b", "10.0.0.2");
    ServerAddresses.Round round = ServerAddresses.parse("a,b", 5000).round(dns, null);
    assertThat(names(round.order())).containsExactly("b:5000");
    assertThat(round.unresolved()).extracting(ServerAddresses.Unresolved::entry).containsExactly(new Entry("a", 5000));
  }

  @Test
  void everyRoundLooksTheNamesUpAgain() {
    ServerAddresses servers = ServerAddresses.parse("cluster", 5000);
    dns.answer("cluster", "10.0.0.1");
    assertThat(names(servers.round(dns, null).order())).containsExactly("cluster:5000");
    dns.answer("cluster", "10.0.0.7", "10.0.0.8");
    assertThat(names(servers.round(dns, null).order()))
        .containsExactly("cluster:5000 (10.0.0.7)", "cluster:5000 (10.0.0.8)");
  }

  @Test
  void aRoundStartsAfterTheLastConnectionsAddressAndTriesItLast() {
    dns.answer("a", "10.0.0.1");
    dns.answer("b", "10.0.0.2");
    dns.answer("c", "10.0.0.3");
    ServerAddresses servers = ServerAddresses.parse("a,b,c", 5000);
    assertThat(names(servers.round(dns, socket("10.0.0.1", 5000)).order()))
        .containsExactly("b:5000", "c:5000", "a:5000");
    assertThat(names(servers.round(dns, socket("10.0.0.2", 5000)).order()))
        .containsExactly("c:5000", "a:5000", "b:5000");
    assertThat(names(servers.round(dns, socket("10.0.0.3", 5000)).order()))
        .containsExactly("a:5000", "b:5000", "c:5000");
  }

  @Test
  void aLastAddressNoLongerListedStartsAtTheTop() {
    dns.answer("a", "10.0.0.1");
    dns.answer("b", "10.0.0.2");
    ServerAddresses servers = ServerAddresses.parse("a,b", 5000);
    assertThat(names(servers.round(dns, socket("10.0.0.9", 5000)).order())).containsExactly("a:5000", "b:5000");
    assertThat(names(servers.round(dns, socket("10.0.0.1", 5001)).order())).containsExactly("a:5000", "b:5000");
  }

  @Test
  void theRotationRunsThroughTheAddressesOfOneName() {
    dns.answer("cluster", "10.0.0.1", "10.0.0.2", "10.0.0.3");
    ServerAddresses servers = ServerAddresses.parse("cluster:5000", 1);
    assertThat(names(servers.round(dns, socket("10.0.0.2", 5000)).order()))
        .containsExactly("cluster:5000 (10.0.0.3)", "cluster:5000 (10.0.0.1)", "cluster:5000 (10.0.0.2)");
  }

  private static void assertBad(String hosts, String message) {
    assertThatThrownBy(() -> ServerAddresses.parse(hosts, 5000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  private static InetSocketAddress socket(String ip, int port) {
    return new InetSocketAddress(ip, port);
  }

  private static List<String> names(List<Address> addresses) {
    return addresses.stream().map(Address::name).toList();
  }
}

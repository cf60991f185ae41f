package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Connect rounds over real loopback sockets, with a DNS of the test's own so that a name can stand for several
 * loopback addresses (127.0.0.1 and 127.0.0.2) and change its answer between rounds.
 */
class FailoverTest {

  private final DnsTable dns = new DnsTable();
  private final List<AutoCloseable> opened = new ArrayList<>();

  @AfterEach
  void closeEverything() throws Exception {
    for (AutoCloseable closeable : opened) {
      closeable.close();
    }
  }

  @Test
  void aNameIsLookedUpAgainForEveryRound() throws Failover.RoundFailed {
    int port = listen("127.0.0.1", 0);
    Failover failover = failover("relay.test:" + port);
    assertThatThrownBy(() -> failover.connect(event -> { }))
        .isInstanceOf(Failover.RoundFailed.class)
        .hasMessage("relay.test:" + port + ": unknown host relay.test");

    dns.answer("relay.test", "127.0.0.1");
    Failover.Connected connected = connect(failover);
    assertThat(connected.address().name()).isEqualTo("relay.test:" + port);
    assertThat(connected.moved()).isFalse();
  }

  @Test
  void theNextRoundStartsAfterTheAddressInUse() throws Failover.RoundFailed {
    int port = listen("127.0.0.1", 0);
    ServerSocket second = listener("127.0.0.2", port);
    dns.answer("relay.test", "127.0.0.1", "127.0.0.2");
    Failover failover = failover("relay.test:" + port);

    Failover.Connected first = connect(failover);
    assertThat(first.address().name()).isEqualTo("relay.test:" + port + " (127.0.0.1)");
    assertThat(first.moved()).isFalse();

    Failover.Connected next = connect(failover);
    assertThat(next.address().name()).isEqualTo("relay.test:" + port + " (127.0.0.2)");
    assertThat(next.moved()).isTrue();

    close(second);
    Failover.Connected back = connect(failover);
    assertThat(back.address().name()).isEqualTo("relay.test:" + port + " (127.0.0.1)");
    assertThat(back.moved()).isTrue();
    assertThat(failover.last()).contains(back.address());
  }

  @Test
  void aRefusingAddressIsSkippedAtStartUpAndTheLandingIsMoved() throws Failover.RoundFailed {
    int port = listen("127.0.0.1", 0);
    dns.answer("relay.test", "127.0.0.2", "127.0.0.1");
    Failover failover = failover("relay.test:" + port);

    Failover.Connected connected = connect(failover);
    assertThat(connected.address().name()).isEqualTo("relay.test:" + port + " (127.0.0.1)");
    assertThat(connected.moved()).isTrue();
  }

  @Test
  void aFailedRoundNamesEveryServerTried() {
    int refusing = freePort();
    Failover failover = failover("127.0.0.1:" + refusing + ",nowhere.test:" + refusing + ",127.0.0.2:" + refusing);
    dns.answer("127.0.0.1", "127.0.0.1");
    dns.answer("127.0.0.2", "127.0.0.2");
    assertThatThrownBy(() -> failover.connect(event -> { }))
        .isInstanceOf(Failover.RoundFailed.class)
        .hasMessage("nowhere.test:" + refusing + ": unknown host nowhere.test; "
            + "127.0.0.1:" + refusing + ", 127.0.0.2:" + refusing + ": Connection refused");
  }

  private Failover failover(String hosts) {
    return new Failover(ServerAddresses.parse(hosts, 5000), ClientTls.OFF, dns);
  }

  private Failover.Connected connect(Failover failover) throws Failover.RoundFailed {
    Failover.Connected connected = failover.connect(event -> { });
    opened.add(connected.link()::close);
    return connected;
  }

  /** Listens on {@code ip}, on {@code port} or a free one when 0, and returns the port. */
  private int listen(String ip, int port) {
    return listener(ip, port).getLocalPort();
  }

  private ServerSocket listener(String ip, int port) {
    try {
      ServerSocket listener = new ServerSocket();
      listener.bind(new InetSocketAddress(ip, port));
      opened.add(listener);
      return listener;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void close(ServerSocket listener) {
    try {
      listener.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int freePort() {
    try (ServerSocket probe = new ServerSocket(0)) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

}

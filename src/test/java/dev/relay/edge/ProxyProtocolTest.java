package dev.relay.edge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.server.RelayServer;
import dev.relay.testing.LineClient;
import dev.relay.testing.LogCapture;
import dev.relay.testing.TestServer;
import io.vertx.core.Vertx;
import io.vertx.core.net.SelfSignedCertificate;
import io.vertx.junit5.VertxExtension;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * docs/PROTOCOL.md 1.7: with {@code proxyProtocol} on, each connection starts with a PROXY protocol header, and
 * the client address it names is the one the connection limits count. Every test client really comes from
 * 127.0.0.1, as every client behind a load balancer comes from the balancer.
 */
@ExtendWith(VertxExtension.class)
class ProxyProtocolTest {

  private static final String REFUSED = "! too many connections from your address (1), try again later";

  /** One connection per client address, and a PROXY header timeout short enough to wait for. */
  private static int start(Vertx vertx) {
    Limits limits = TestServer.config().limits().withConnections(0, 1).withProxyHeaderTimeout(1);
    return TestServer.start(vertx, TestServer.config().withProxyProtocol(true).withLimits(limits)).port();
  }

  @Test
  void theVertxInTheBuildLetsRefusedConnectionsBeLogged() {
    assertThat(ProxyRefusals.probe(10).available()).isTrue();
    assertThat(ProxyRefusals.probe(10).describe()).isEqualTo("PROXY protocol on");
  }

  @Test
  void clientsBehindOneBalancerAreCountedByTheAddressesTheirHeadersName(Vertx vertx) {
    int port = start(vertx);
    try (LineClient alice = proxied(port, "203.0.113.7");
        LineClient bob = proxied(port, "203.0.113.8")) {
      login(alice, "alice");
      login(bob, "bob");
      alice.expect("* bob has joined lobby");
      bob.send("hello from behind the balancer");
      alice.expect("bob: hello from behind the balancer");
      try (LineClient again = proxied(port, "203.0.113.7")) {
        assertThat(again.readUntilClosed()).containsExactly(REFUSED);
      }
      alice.send("still here");
      bob.skipUntil("alice: still here");
    }
  }

  @Test
  void theBinaryVersion2HeaderNamesTheClientToo(Vertx vertx) {
    int port = start(vertx);
    try (LineClient carol = LineClient.connect(port)) {
      carol.sendRaw(version2Header(new byte[] {(byte) 203, 0, 113, 9}, 51000));
      login(carol, "carol");
      try (LineClient sameAddress = proxied(port, "203.0.113.9")) {
        assertThat(sameAddress.readUntilClosed()).containsExactly(REFUSED);
      }
    }
  }

  @Test
  void onTheTlsPortTheHeaderComesBeforeTheHandshake(Vertx vertx) {
    SelfSignedCertificate certificate = SelfSignedCertificate.create("localhost");
    TlsConfig tls = new TlsConfig(0, certificate.certificatePath(), certificate.privateKeyPath());
    Limits limits = TestServer.config().limits().withConnections(0, 1);
    RelayServer server = TestServer.start(vertx,
        TestServer.config().withProxyProtocol(true).withLimits(limits).withTls(tls));
    try (LineClient dave = LineClient.connectTls(server.tlsPort(), header("203.0.113.10"))) {
      login(dave, "dave");
      try (LineClient sameAddress = proxied(server.port(), "203.0.113.10")) {
        assertThat(sameAddress.readUntilClosed()).containsExactly(REFUSED);
      }
    }
  }

  /**
   * nc sends its line with LF only, which is no PROXY header and never completes one: the connection gets nothing
   * and is closed once the header timeout has passed; meanwhile the others chat on. A telnet line (CRLF) is
   * refused at once.
   */
  @Test
  void connectionsWithoutAHeaderAreClosedUnadmittedAndLoggedOnceWithTheirAddress(Vertx vertx) {
    int port = start(vertx);
    try (LogCapture log = LogCapture.of(ProxyRefusals.class);
        LineClient member = proxied(port, "203.0.113.7");
        LineClient telnet = LineClient.connect(port)) {
      login(member, "member");
      telnet.sendRaw("telnet-alias\r\n".getBytes(StandardCharsets.US_ASCII));
      assertThat(telnet.readUntilClosed()).isEmpty();
      try (LineClient nc = LineClient.connect(port)) {
        nc.send("alice");
        long sent = System.nanoTime();
        member.send("not held up");
        member.expect("member: not held up");
        assertThat(nc.readUntilClosed()).isEmpty();
        assertThat((System.nanoTime() - sent) / 1_000_000).as("ms until closed").isGreaterThanOrEqualTo(900);

        List<String> lines = Stream.of(log.next(), log.next()).toList();
        for (LineClient refused : List.of(telnet, nc)) {
          assertThat(lines).filteredOn(line -> line.contains("127.0.0.1:" + refused.localPort() + ":"))
              .containsExactly("INFO Closed a connection from 127.0.0.1:" + refused.localPort()
                  + ": no valid PROXY header (it must come first, within 1 s)");
        }
      }
      member.send("after them");
      member.expect("member: after them");
    }
  }

  private static LineClient proxied(int port, String source) {
    return LineClient.connect(port).sendRaw(header(source));
  }

  /** A load balancer's PROXY header (version 1) for a client at {@code source}. */
  private static byte[] header(String source) {
    return ("PROXY TCP4 " + source + " 10.0.0.1 51000 5000\r\n").getBytes(StandardCharsets.US_ASCII);
  }

  private static void login(LineClient client, String alias) {
    client.expect("alias?");
    client.send(alias);
    client.expectStartsWith("* You are now connected as " + alias + " in room lobby");
  }

  /** PROXY protocol v2: signature, version 2 + PROXY, TCP over IPv4, 12 address bytes, to 10.0.0.1:5000. */
  private static byte[] version2Header(byte[] source, int sourcePort) {
    byte[] signature = {0x0D, 0x0A, 0x0D, 0x0A, 0x00, 0x0D, 0x0A, 0x51, 0x55, 0x49, 0x54, 0x0A};
    return ByteBuffer.allocate(28).put(signature).put((byte) 0x21).put((byte) 0x11).putShort((short) 12)
        .put(source).put(new byte[] {10, 0, 0, 1}).putShort((short) sourcePort).putShort((short) 5000).array();
  }
}

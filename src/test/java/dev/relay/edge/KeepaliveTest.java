package dev.relay.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relay.server.RelayServer;
import dev.relay.testing.LineClient;
import dev.relay.testing.TestServer;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.net.SelfSignedCertificate;
import io.vertx.junit5.VertxExtension;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * docs/PROTOCOL.md 1.6: TCP keepalive on the server's side of chat connections, plain and TLS, under both
 * transports, as the operating system reports it ({@code ss} from iproute2, which shows a socket's keepalive
 * timer and the time left on it).
 */
@ExtendWith(VertxExtension.class)
class KeepaliveTest {

  /** Not the default (120), so the timer shows that the setting took, and far below Linux's 7200. */
  private static final int IDLE_SECONDS = 97;

  /** {@code timer:(keepalive,1min36sec,0)}; ss writes the time left as 1min36sec, 59sec, 5.250ms or 250ms. */
  private static final Pattern KEEPALIVE_TIMER =
      Pattern.compile("timer:\\(keepalive,(?:(\\d+)min)?(?:(\\d+)(?:sec|\\.))?(?:(\\d+)ms)?,\\d+\\)");

  @Test
  void chatSocketsGetKeepaliveWithTheConfiguredIdleTimeUnderNio(Vertx vertx) {
    assertThat(vertx.isNativeTransportEnabled()).isFalse();
    plainAndTlsSocketsHaveTheKeepaliveTimer(vertx);
  }

  @Test
  void chatSocketsGetKeepaliveWithTheConfiguredIdleTimeUnderEpoll() {
    Vertx vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true));
    try {
      assertThat(vertx.isNativeTransportEnabled()).as("Netty's epoll transport loads here").isTrue();
      plainAndTlsSocketsHaveTheKeepaliveTimer(vertx);
    } finally {
      vertx.close().await();
    }
  }

  @Test
  void zeroLeavesKeepaliveOff(Vertx vertx) {
    RelayServer server = TestServer.start(vertx, TestServer.config().withKeepaliveIdle(0));
    try (LineClient client = LineClient.connect(server.port())) {
      client.expect("alias?");
      assertThat(serverSide(server.port(), client)).doesNotContain("keepalive");
    }
  }

  @Test
  void theIdleTimeIsBoundedAsLinuxBoundsIt() {
    ServerConfig config = TestServer.config();
    assertThat(config.withKeepaliveIdle(Keepalive.MAX_IDLE_SECONDS).keepaliveIdleSeconds()).isEqualTo(32_767);
    assertThatThrownBy(() -> config.withKeepaliveIdle(32_768))
        .hasMessage("keepalive.idleSeconds must be 0-32767, got 32768");
    assertThatThrownBy(() -> config.withKeepaliveIdle(-1))
        .hasMessage("keepalive.idleSeconds must be 0-32767, got -1");
  }

  private static void plainAndTlsSocketsHaveTheKeepaliveTimer(Vertx vertx) {
    SelfSignedCertificate certificate = SelfSignedCertificate.create("localhost");
    TlsConfig tls = new TlsConfig(0, certificate.certificatePath(), certificate.privateKeyPath());
    RelayServer server = TestServer.start(vertx, TestServer.config().withTls(tls).withKeepaliveIdle(IDLE_SECONDS));
    try (LineClient plain = LineClient.connect(server.port());
        LineClient secure = LineClient.connectTls(server.tlsPort())) {
      plain.expect("alias?");
      secure.expect("alias?");
      assertKeepaliveTimer(serverSide(server.port(), plain));
      assertKeepaliveTimer(serverSide(server.tlsPort(), secure));
    }
  }

  /** The timer started when the socket was accepted, a moment ago: close to the idle time, never above it. */
  private static void assertKeepaliveTimer(String ssLine) {
    Matcher timer = KEEPALIVE_TIMER.matcher(ssLine);
    assertThat(timer.find()).as("keepalive timer in: " + ssLine).isTrue();
    long leftMs = TimeUnit.MINUTES.toMillis(number(timer.group(1))) + TimeUnit.SECONDS.toMillis(number(timer.group(2)))
        + number(timer.group(3));
    assertThat(leftMs).as(ssLine).isBetween(TimeUnit.SECONDS.toMillis(IDLE_SECONDS - 30),
        TimeUnit.SECONDS.toMillis(IDLE_SECONDS));
  }

  private static long number(String digits) {
    return digits == null ? 0 : Long.parseLong(digits);
  }

  /**
   * ss's line for the server's end of the client's connection: local port {@code port}, peer the client's port.
   * While sent bytes wait for the peer's (delayed) acknowledgement, ss shows the retransmission timer instead
   * of the keepalive one ({@code timer:(on,...)}), so this waits, 5 s at most, until nothing is in flight.
   */
  private static String serverSide(int port, LineClient client) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (true) {
      List<String> lines =
          ss("state", "established", "( sport = :" + port + " and dport = :" + client.localPort() + " )");
      assertThat(lines).as("ss lines for the server's side of the connection").hasSize(1);
      if (!lines.get(0).contains("timer:(on,") || System.nanoTime() > deadline) {
        return lines.get(0);
      }
    }
  }

  private static List<String> ss(String... filter) {
    List<String> command = new ArrayList<>(List.of("ss", "-tnoH"));
    command.addAll(List.of(filter));
    Process process;
    try {
      process = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw new AssertionError("this test reads socket timers with 'ss' from iproute2, which is not installed "
          + "(apt-get install iproute2): " + e.getMessage(), e);
    }
    try {
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(process.waitFor(10, TimeUnit.SECONDS)).as("ss finished").isTrue();
      assertThat(process.exitValue()).as("ss exit code; output: " + output).isZero();
      return output.lines().filter(line -> !line.isBlank()).toList();
    } catch (IOException e) {
      throw new AssertionError(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}

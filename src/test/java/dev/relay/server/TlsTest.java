package dev.relay.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relay.client.ClientCommand;
import dev.relay.edge.TlsConfig;
import dev.relay.irc.IrcConfig;
import dev.relay.testing.IrcClient;
import dev.relay.testing.LineClient;
import dev.relay.testing.TestServer;
import io.vertx.core.Vertx;
import io.vertx.core.net.SelfSignedCertificate;
import io.vertx.junit5.VertxExtension;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The TLS listener, with a certificate made for the test: the same chat as the plain port. */
@ExtendWith(VertxExtension.class)
class TlsTest {

  private static RelayServer startWithTls(Vertx vertx) {
    SelfSignedCertificate certificate = SelfSignedCertificate.create("localhost");
    TlsConfig tls = new TlsConfig(0, certificate.certificatePath(), certificate.privateKeyPath());
    return TestServer.start(vertx, TestServer.config().withTls(tls));
  }

  @Test
  void tlsAndPlainClientsShareOneChat(Vertx vertx) {
    RelayServer server = startWithTls(vertx);
    assertThat(server.tlsPort()).isPositive().isNotEqualTo(server.port());
    try (LineClient secure = LineClient.loginTls(server.tlsPort(), "secure");
        LineClient plain = LineClient.login(server.port(), "plain")) {
      secure.expect("* plain has joined lobby");
      plain.send("hello over TCP");
      secure.expect("plain: hello over TCP");
      secure.send("hello over TLS");
      plain.skipUntil("secure: hello over TLS");
    }
  }

  @Test
  void ircOverTlsUsesTheChatsCertificateOnItsOwnPort(Vertx vertx) {
    SelfSignedCertificate certificate = SelfSignedCertificate.create("localhost");
    TlsConfig tls = new TlsConfig(0, certificate.certificatePath(), certificate.privateKeyPath());
    RelayServer server = TestServer.start(vertx, TestServer.config().withTls(tls),
        new IrcConfig(IrcConfig.ANY_PORT, IrcConfig.ANY_PORT, "", 120, IrcConfig.DEFAULT_SERVER_NAME));
    assertThat(server.ircTlsPort()).isPositive().isNotIn(server.port(), server.tlsPort(), server.ircPort());
    try (IrcClient secure = IrcClient.registerTls(server.ircTlsPort(), "secure");
        LineClient plain = LineClient.login(server.port(), "plain")) {
      secure.join("#lobby");
      plain.skipUntil("* secure has joined lobby");
      plain.send("hello over TCP");
      secure.expect(":plain!plain@relay PRIVMSG #lobby :hello over TCP");
    }
  }

  @Test
  void terminalClientConnectsWithTlsAndInsecureForASelfSignedCertificate(Vertx vertx) {
    RelayServer server = startWithTls(vertx);
    try (LineClient watcher = LineClient.login(server.port(), "watcher")) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      ByteArrayInputStream in = new ByteArrayInputStream("hi from the client\n".getBytes(StandardCharsets.UTF_8));
      int exit = ClientCommand.run(in, new PrintStream(out, true), new PrintStream(new ByteArrayOutputStream(), true),
          "--host", "127.0.0.1", "--port", "" + server.tlsPort(), "--alias", "tlsuser", "--tls", "--insecure");
      assertThat(exit).isZero();
      assertThat(out.toString(StandardCharsets.UTF_8)).contains("tlsuser: hi from the client");
      watcher.skipUntil("tlsuser: hi from the client");
    }
  }

  @Test
  void terminalClientRefusesAnUntrustedCertificateWithoutInsecure(Vertx vertx) {
    RelayServer server = startWithTls(vertx);
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit = ClientCommand.run(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true), "--host", "localhost", "--port", "" + server.tlsPort(), "--alias", "x", "--tls");
    assertThat(exit).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("relay client: cannot connect to localhost:");
  }

  @Test
  void missingCertificateFileIsRefusedNamingTheKey() {
    assertThatThrownBy(() -> new TlsConfig(0, "/nonexistent/cert.pem", "/nonexistent/key.pem"))
        .hasMessage("tls.certPath: no readable file '/nonexistent/cert.pem'");
  }
}

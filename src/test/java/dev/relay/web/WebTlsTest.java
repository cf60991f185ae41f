package dev.relay.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.edge.TlsConfig;
import dev.relay.history.HistoryConfig;
import dev.relay.history.HistorySetup;
import dev.relay.irc.IrcConfig;
import dev.relay.ops.RelayMetrics;
import dev.relay.server.RelayServer;
import dev.relay.testing.TestServer;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.SelfSignedCertificate;
import io.vertx.junit5.VertxExtension;
import java.io.FileInputStream;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** docs/PROTOCOL.md 12: with TLS configured, the web port speaks WSS with the chat's certificate. */
@ExtendWith(VertxExtension.class)
class WebTlsTest {

  @Test
  void theWebSocketIsEncryptedWithTheChatsCertificate(Vertx vertx) throws Exception {
    SelfSignedCertificate certificate = SelfSignedCertificate.create("localhost");
    TlsConfig tls = new TlsConfig(0, certificate.certificatePath(), certificate.privateKeyPath());
    RelayServer server = RelayServer.start(vertx, TestServer.config().withTls(tls), IrcConfig.OFF,
        RelayMetrics.unexported(), null, HistorySetup.inMemory(HistoryConfig.DEFAULTS),
        new WebSetup(-1, WebConfig.OFF, (v, router) -> { })).await(30, TimeUnit.SECONDS);
    int port = server.webPort();
    CompletableFuture<String> first = new CompletableFuture<>();
    HttpClient.newBuilder().sslContext(trusting(certificate.certificatePath())).build().newWebSocketBuilder()
        .header("Origin", "https://localhost:" + port)
        .buildAsync(URI.create("wss://localhost:" + port + "/ws"), new WebSocket.Listener() {
          @Override
          public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            first.complete(data.toString());
            return null;
          }
        }).get(10, TimeUnit.SECONDS);
    JsonObject prompt = new JsonObject(first.get(10, TimeUnit.SECONDS).strip());
    assertThat(prompt.getString("type")).isEqualTo("prompt");
    assertThat(prompt.getString("what")).isEqualTo("alias");
  }

  /** TLS that trusts the test's certificate alone: the handshake succeeds only against the chat's certificate. */
  private static SSLContext trusting(String certificatePath) throws Exception {
    KeyStore trusted = KeyStore.getInstance(KeyStore.getDefaultType());
    trusted.load(null, null);
    try (InputStream in = new FileInputStream(certificatePath)) {
      trusted.setCertificateEntry("relay", CertificateFactory.getInstance("X.509").generateCertificate(in));
    }
    TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    factory.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, factory.getTrustManagers(), null);
    return context;
  }
}

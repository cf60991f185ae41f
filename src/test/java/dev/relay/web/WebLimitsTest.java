package dev.relay.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.edge.ServerConfig;
import dev.relay.history.HistoryConfig;
import dev.relay.history.HistorySetup;
import dev.relay.irc.IrcConfig;
import dev.relay.ops.RelayMetrics;
import dev.relay.server.RelayServer;
import dev.relay.testing.LineClient;
import dev.relay.testing.RawWebSocket;
import dev.relay.testing.TestServer;
import dev.relay.testing.WebChatClient;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** docs/PROTOCOL.md 12: the web port's connections have the limits of every front end (PROTOCOL 6). */
@ExtendWith(VertxExtension.class)
class WebLimitsTest {

  private static RelayServer start(Vertx vertx, ServerConfig config) throws Exception {
    return RelayServer.start(vertx, config, IrcConfig.OFF, RelayMetrics.unexported(), null,
        HistorySetup.inMemory(HistoryConfig.DEFAULTS), new WebSetup(-1, WebConfig.OFF, (v, router) -> { }))
        .await(30, TimeUnit.SECONDS);
  }

  @Test
  void aBrowserThatStopsReadingIsDisconnectedAndTheOthersGetEverything(Vertx vertx) throws Exception {
    RelayServer server = start(vertx, TestServer.config().withMaxOutputBytes(64 * 1024));
    try (LineClient alice = LineClient.login(server.port(), "alice");
        RawWebSocket slow = RawWebSocket.open(server.webPort(), 4096)) {
      slow.sendText("{\"type\":\"line\",\"text\":\"slow\"}");
      alice.skipUntil("* slow has joined lobby");
      String payload = "p".repeat(4000);
      String slowLeft = "* slow has left lobby (slow consumer)";
      List<String> aliceSaw = new ArrayList<>();
      int sent = 0;
      while (!aliceSaw.contains(slowLeft) && sent < 10_000) {
        for (int j = 0; j < 10; j++) {
          alice.send(sent++ + " " + payload);
        }
        for (int j = 0; j < 10; j++) {
          aliceSaw.add(alice.readLine());
        }
      }
      assertThat(aliceSaw).containsOnlyOnce(slowLeft);
      slow.drainUntilClosed();
      alice.send("after");
      alice.skipUntil("alice: after");
    }
  }

  @Test
  void theConnectionLimitsCountBrowsersWithEveryoneElse(Vertx vertx) throws Exception {
    ServerConfig config = TestServer.config();
    RelayServer server = start(vertx, config.withLimits(config.limits().withConnections(100, 2)));
    try (LineClient line = LineClient.login(server.port(), "first");
        WebChatClient web = WebChatClient.login(server.webPort(), "second");
        WebChatClient third = WebChatClient.connect(server.webPort())) {
      assertThat(third.expectType("error").getString("text")).startsWith("! too many connections from your address");
      third.closeStatus();
      web.line("still fine");
      line.skipUntil("second: still fine");
    }
  }

  @Test
  void aFloodingBrowserIsSlowedButEverythingArrivesInOrder(Vertx vertx) throws Exception {
    RelayServer server = start(vertx, TestServer.config().withFlood(20, 5));
    try (LineClient reader = LineClient.login(server.port(), "reader");
        WebChatClient web = WebChatClient.login(server.webPort(), "flood")) {
      for (int i = 0; i < 40; i++) {
        web.line("line " + i);
      }
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < 40; i++) {
        expected.add("flood: line " + i);
      }
      List<String> saw = reader.skipUntil("flood: line 39");
      saw.add("flood: line 39");
      assertThat(saw.stream().filter(l -> l.startsWith("flood: ")).toList()).containsExactlyElementsOf(expected);
    }
  }
}

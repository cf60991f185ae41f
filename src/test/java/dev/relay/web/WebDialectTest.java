package dev.relay.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.history.HistoryConfig;
import dev.relay.history.HistorySetup;
import dev.relay.irc.IrcConfig;
import dev.relay.ops.RelayMetrics;
import dev.relay.server.RelayServer;
import dev.relay.testing.IrcClient;
import dev.relay.testing.LineClient;
import dev.relay.testing.TestServer;
import dev.relay.testing.WebChatClient;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** docs/PROTOCOL.md 12: the web dialect over a real WebSocket, with line-protocol and IRC users in the same rooms. */
class WebDialectTest {

  private static Vertx vertx;
  private static RelayServer server;

  @BeforeAll
  static void start() throws Exception {
    vertx = Vertx.vertx();
    WebConfig web = new WebConfig(-1, List.of("https://chat.example.org"), "", 1024);
    server = RelayServer.start(vertx, TestServer.config(), IrcConfig.anyPort(), RelayMetrics.unexported(), null,
        HistorySetup.inMemory(HistoryConfig.DEFAULTS), new WebSetup(-1, web, (v, router) -> { }))
        .await(30, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stop() throws Exception {
    server.close().await(30, TimeUnit.SECONDS);
    vertx.close().await(30, TimeUnit.SECONDS);
  }

  @Test
  void webLineAndIrcUsersChatInOneRoom() {
    try (WebChatClient web = WebChatClient.login(server.webPort(), "wendy");
        LineClient line = LineClient.login(server.port(), "larry");
        IrcClient irc = IrcClient.register(server.ircPort(), "ingrid")) {
      line.send("/join dev").skipUntil("* You are now in room dev");
      irc.join("#dev");
      web.line("/join dev");
      assertThat(web.skipUntilType("entered").getString("room")).isEqualTo("dev");
      JsonObject members = web.skipUntilType("members");
      assertThat(members.getJsonArray("members").stream().map(m -> ((JsonObject) m).getString("alias")))
          .contains("larry", "ingrid", "wendy");

      web.line("dev", "hello from a browser");
      line.skipUntil("wendy: hello from a browser");
      irc.skipUntil(":wendy!wendy@relay PRIVMSG #dev :hello from a browser");

      line.send("hi wendy");
      JsonObject said = web.skipUntil(json -> "said".equals(json.getString("type")) && "larry".equals(json.getString("from")));
      assertThat(said.getString("room")).isEqualTo("dev");
      assertThat(said.getString("text")).isEqualTo("hi wendy");
      assertThat(said.getLong("id")).isPositive();
      assertThat(said.getLong("at")).isPositive();
    }
  }

  @Test
  void aWebConnectionStaysInEveryRoomItJoins() {
    try (WebChatClient web = WebChatClient.login(server.webPort(), "multi");
        LineClient lobby = LineClient.login(server.port(), "lobbyist")) {
      web.line("/join ops");
      web.skipUntilType("entered");
      lobby.send("still here?");
      JsonObject said = web.skipUntil(json -> "said".equals(json.getString("type")));
      assertThat(said.getString("room")).isEqualTo("lobby");

      web.line("lobby", "yes, in the lobby too");
      lobby.skipUntil(l -> l.equals("multi: yes, in the lobby too"));

      web.send(new JsonObject().put("type", "part").put("room", "lobby"));
      assertThat(web.skipUntilType("parted").getString("room")).isEqualTo("lobby");
      lobby.skipUntil("* multi has left lobby");
    }
  }

  @Test
  void aForeignOriginOrNoneIsRefused() {
    int port = server.webPort();
    assertThat(WebChatClient.refusedStatus(port, "/ws", "http://evil.example")).isEqualTo(403);
    assertThat(WebChatClient.refusedStatus(port, "/ws", null)).isEqualTo(403);
    assertThat(WebChatClient.refusedStatus(port, "/elsewhere", "http://127.0.0.1:" + port)).isEqualTo(404);
    try (WebChatClient allowed = WebChatClient.connect(port, "/ws", "https://chat.example.org")) {
      assertThat(allowed.expectType("prompt").getString("what")).isEqualTo("alias");
    }
  }

  @Test
  void aMessageOverTheLimitClosesTheConnection() {
    try (WebChatClient web = WebChatClient.login(server.webPort(), "bigmouth")) {
      web.line("x".repeat(2000));
      // 1009 (message too big) when the close frame gets through; 1006 when the connection goes first.
      assertThat(web.closeStatus()).isIn(1009, 1006);
    }
  }

  @Test
  void whatIsNotTheDialectGetsAnErrorAndTheConnectionGoesOn() {
    try (WebChatClient web = WebChatClient.connect(server.webPort())) {
      web.expectType("prompt");
      web.sendText("not json");
      assertThat(web.expectType("error").getString("text")).isEqualTo("! not a JSON object");
      web.expectType("prompt");
      web.sendText("{\"type\":\"shout\"}");
      assertThat(web.expectType("error").getString("text")).startsWith("! unknown type");
      web.expectType("prompt");
      web.line("careful");
      assertThat(web.skipUntilType("welcome").getString("alias")).isEqualTo("careful");
    }
  }
}

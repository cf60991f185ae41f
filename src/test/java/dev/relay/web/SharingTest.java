package dev.relay.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.files.Fixtures;
import dev.relay.files.UploadsConfig;
import dev.relay.store.StoreConfig;
import dev.relay.testing.AccountsServer;
import dev.relay.testing.IrcClient;
import dev.relay.testing.LineClient;
import dev.relay.testing.WebChatClient;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/PROTOCOL.md 13 end to end: a token over the chat, the upload over HTTP, the share in the room, and every
 * dialect showing the same line; the file served from the store.
 */
@ExtendWith(VertxExtension.class)
class SharingTest {

  private static final Pattern TOKEN_LINE =
      Pattern.compile("\\* upload token (\\S+) for (\\S+) \\(valid 300 s, files up to 10 MB\\)");

  @TempDir
  Path dir;
  private AccountsServer server;
  private final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void start(Vertx vertx) {
    server = AccountsServer.withWeb(vertx, StoreConfig.embedded(dir.resolve("data"), 2), UploadsConfig.DEFAULTS);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void aFileUploadedWithATokenIsSharedInEveryDialect() throws Exception {
    try (LineClient alice = LineClient.login(server.port(), "alice");
        WebChatClient wendy = WebChatClient.login(server.webPort(), "wendy");
        IrcClient ingrid = IrcClient.register(server.ircPort(), "ingrid")) {
      ingrid.join("#lobby");
      alice.send("/upload");
      String granted = firstStartingWith(alice, "* upload token");
      Matcher token = TOKEN_LINE.matcher(granted);
      assertThat(token.matches()).as(granted).isTrue();
      assertThat(alice.readLine()).startsWith("* e.g. curl -H 'Authorization: Bearer " + token.group(1) + "'");

      byte[] png = Fixtures.png();
      HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(token.group(2) + "/cat.png"))
          .header("Authorization", "Bearer " + token.group(1)).header("Content-Type", "text/html")
          .POST(HttpRequest.BodyPublishers.ofByteArray(png)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(created.statusCode()).isEqualTo(201);
      JsonObject file = new JsonObject(created.body());

      alice.send("/share " + file.getString("id"));
      String line = "* alice shared cat.png (image/png, " + png.length + " bytes) " + file.getString("url");
      alice.skipUntil(line);
      JsonObject shared = wendy.skipUntilType("shared");
      assertThat(shared.getString("from")).isEqualTo("alice");
      assertThat(shared.getJsonObject("file").getString("type")).isEqualTo("image/png");
      assertThat(shared.getJsonObject("file").getBoolean("inline")).isTrue();
      assertThat(shared.getJsonObject("file").getString("url")).isEqualTo(file.getString("url"));
      ingrid.skipUntil(":alice!alice@relay PRIVMSG #lobby :\u0001ACTION " + line.substring("* alice ".length())
          + "\u0001");

      HttpResponse<byte[]> served = http.send(HttpRequest.newBuilder(URI.create(file.getString("url"))).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(served.statusCode()).isEqualTo(200);
      assertThat(served.headers().firstValue("Content-Type")).hasValue("image/png");
      assertThat(served.body()).isEqualTo(png);
    }
  }

  @Test
  void onlyTheUploaderSharesAFileAndTheRoomKeepsTheLine() throws Exception {
    try (LineClient alice = LineClient.login(server.port(), "alice");
        LineClient mallory = LineClient.login(server.port(), "mallory")) {
      alice.send("/upload");
      Matcher token = TOKEN_LINE.matcher(firstStartingWith(alice, "* upload token"));
      assertThat(token.matches()).isTrue();
      HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(token.group(2) + "/notes.txt"))
          .header("Authorization", "Bearer " + token.group(1))
          .POST(HttpRequest.BodyPublishers.ofString("hello")).build(), HttpResponse.BodyHandlers.ofString());
      String id = new JsonObject(created.body()).getString("id");

      mallory.send("/share " + id);
      mallory.skipUntil("! no file " + id + " of yours");
      mallory.send("/share nosuchfile");
      mallory.skipUntil("! no file nosuchfile");
      alice.send("/share " + id);
      alice.skipUntil(l -> l.startsWith("* alice shared notes.txt (text/plain, 5 bytes) "));

      try (WebChatClient late = WebChatClient.connect(server.webPort())) {
        late.expectType("prompt");
        late.line("latecomer");
        JsonObject history = late.skipUntilType("history");
        JsonObject kept = history.getJsonArray("lines").getJsonObject(history.getJsonArray("lines").size() - 1);
        assertThat(kept.getString("type")).isEqualTo("shared");
        assertThat(kept.getJsonObject("file").getString("name")).isEqualTo("notes.txt");
        assertThat(kept.getJsonObject("file").getBoolean("inline")).isFalse();
      }
    }
  }

  private static String firstStartingWith(LineClient client, String prefix) {
    String line = client.readLine();
    while (!line.startsWith(prefix)) {
      line = client.readLine();
    }
    return line;
  }

  @Test
  void aBrowserGetsItsTokenAsAnEvent() {
    try (WebChatClient web = WebChatClient.login(server.webPort(), "webby")) {
      web.line("lobby", "/upload");
      JsonObject granted = web.skipUntilType("uploadGranted");
      assertThat(granted.getString("token")).isNotBlank();
      assertThat(granted.getString("url")).isEqualTo("http://127.0.0.1:" + server.webPort() + "/upload");
      assertThat(granted.getLong("maxBytes")).isEqualTo(10L << 20);
      assertThat(granted.getLong("validSeconds")).isEqualTo(300);
    }
  }
}

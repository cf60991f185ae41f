package dev.relay.irc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.store.StoreConfig;
import dev.relay.testing.AccountsServer;
import dev.relay.testing.IrcClient;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client's requests keep their order while a join reads the room's last lines from the store (docs/IRC.md 3): what
 * follows a JOIN without waiting for it happens in the room, as an IRC client (a bot, irctest) expects.
 */
@ExtendWith(VertxExtension.class)
class IrcJoinOrderTest {

  @TempDir
  Path dir;
  private AccountsServer server;

  @BeforeEach
  void start(Vertx vertx) {
    server = AccountsServer.start(vertx, StoreConfig.embedded(dir.resolve("data"), 2));
  }

  @AfterEach
  void stop() {
    server.close();
  }

  @Test
  void whatFollowsAJoinAtOnceHappensInTheRoom() {
    try (IrcClient alice = IrcClient.register(server.ircPort(), "alice");
        IrcClient bob = IrcClient.register(server.ircPort(), "bob")) {
      bob.join("#watch");
      alice.send("JOIN #fresh").send("MODE #fresh +s").send("PRIVMSG #fresh :first words")
          .send("JOIN #watch").send("PRIVMSG #watch :right after the join");
      bob.skipUntil(":alice!alice@relay JOIN #watch");
      String said = bob.readLine();
      assertThat(said).endsWith("PRIVMSG #watch :right after the join");
      assertThat(alice.sync()).noneMatch(line -> line.contains(" 404 ") || line.contains(" 403 ")
          || line.contains(" 442 "));
      alice.send("NAMES #fresh");
      assertThat(alice.expectNumeric("353")).contains(" @ #fresh ");
    }
  }
}

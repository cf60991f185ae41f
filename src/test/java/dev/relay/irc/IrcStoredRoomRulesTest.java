package dev.relay.irc;

import dev.relay.store.StoreConfig;
import dev.relay.testing.AccountsServer;
import dev.relay.testing.IrcClient;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/IRC.md section 6 with a store, which keeps bans before they are announced: a PING still answers after what
 * the lines before it caused, as IRC clients (and irctest) rely on.
 */
@ExtendWith(VertxExtension.class)
class IrcStoredRoomRulesTest {

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

  /** The MODE and the PING arrive together, so the hub has the PING while the store still writes the ban. */
  @Test
  void aBanIsAnnouncedBeforeThePongOfAPingSentWithIt() {
    try (IrcClient alice = IrcClient.register(server.ircPort(), "alice")) {
      alice.join("#dev");
      alice.raw().sendRaw("MODE #dev +b bob!*@*\r\nPING :banned\r\n".getBytes(StandardCharsets.UTF_8));
      alice.expect(":alice!alice@relay MODE #dev +b bob!*@*").expect(":relay PONG relay :banned");
      alice.raw().sendRaw("MODE #dev -b bob!*@*\r\nPING :lifted\r\n".getBytes(StandardCharsets.UTF_8));
      alice.expect(":alice!alice@relay MODE #dev -b bob!*@*").expect(":relay PONG relay :lifted");
    }
  }
}

package dev.relay.irc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.history.HistoryConfig;
import dev.relay.ops.RelayMetrics;
import dev.relay.server.AccountsStartup;
import dev.relay.server.RelayServer;
import dev.relay.store.StoreConfig;
import dev.relay.testing.AccountsServer;
import dev.relay.testing.IrcClient;
import dev.relay.testing.LineClient;
import dev.relay.testing.TestServer;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/IRC.md section 10: private messages to an account that is away are kept, its sender told so, and given to the
 * account when it logs in over IRC, from their senders, with the time they were sent. The store keeps two at most.
 */
@ExtendWith(VertxExtension.class)
class IrcMailboxTest {

  private static final String PASSWORD = "correct horse";
  /** Kept messages an account may hold. */
  private static final int MAILBOX = 2;

  @TempDir
  Path dir;
  private AccountsStartup accounts;
  private RelayServer server;

  @BeforeEach
  void start(Vertx vertx) throws Exception {
    HistoryConfig d = HistoryConfig.DEFAULTS;
    HistoryConfig history = new HistoryConfig(true, d.retention(), d.maxLinesPerRoom(), d.replayLines(), d.pageLines(),
        d.resumeLines(), d.roomMemoryLines(), d.memoryLines(), d.requestsPerMinute(), MAILBOX, d.orderWaitMillis(),
        d.flushMillis(), d.batchLines(), d.maxUnwrittenLines());
    accounts = AccountsStartup.open(vertx, StoreConfig.embedded(dir.resolve("data"), 2), AccountsServer.config(), null,
        AccountsServer.TEST_HASHING).await(60, TimeUnit.SECONDS);
    server = RelayServer.start(vertx, TestServer.config(), IrcConfig.anyPort(), RelayMetrics.unexported(),
        accounts.accounts(), accounts.history(history)).await(30, TimeUnit.SECONDS);
    try (LineClient alice = LineClient.login(server.port(), "alice")) {
      alice.send("/register " + PASSWORD);
      alice.expect("* alice is registered to you now: only you may use it, with your password.");
    }
  }

  @AfterEach
  void stop() throws Exception {
    server.close().eventually(accounts::close).await(30, TimeUnit.SECONDS);
  }

  @Test
  void messagesForAnAccountThatIsAwayAreKeptAndGivenAtLoginWithTheirTime() {
    try (IrcClient bob = IrcClient.register(server.ircPort(), "bob")) {
      awaitGone(bob, "alice");
      bob.send("PRIVMSG alice :while you were out");
      bob.expect(":relay NOTICE bob :alice is not connected: your message is kept for them until they log in");
      bob.send("PRIVMSG alice :\u0001ACTION waves\u0001");
      bob.expect(":relay NOTICE bob :alice is not connected: your message is kept for them until they log in");
      bob.send("PRIVMSG alice :one too many");
      bob.expect(":relay NOTICE bob :alice is not connected and has as many messages waiting as they may: yours was"
          + " not kept");

      try (IrcClient alice = IrcClient.connect(server.ircPort())) {
        alice.send("CAP REQ :server-time").send("PASS :alice:" + PASSWORD).send("NICK alice").send("USER a 0 * :A");
        alice.expect(":relay CAP * ACK server-time");
        alice.send("CAP END").welcomed();
        alice.expect(":relay NOTICE alice :*** 2 private messages were kept for you while you were away");
        assertThat(alice.readLine()).matches("@time="
            + "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z :bob!bob@relay PRIVMSG alice :while you were out");
        assertThat(alice.readLine()).endsWith(" :bob!bob@relay PRIVMSG alice :* bob waves");
        assertThat(alice.sync()).isEmpty();
      }
    }
  }

  /** Polls WHOIS until {@code nick}'s connection is gone from the chat (its line client just closed). */
  private static void awaitGone(IrcClient client, String nick) {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      client.send("WHOIS " + nick);
      String first = client.readLine();
      client.skipUntil(":relay 318 " + client.nick() + " " + nick + " :End of /WHOIS list");
      if (first.startsWith(":relay 401 ") || System.nanoTime() > deadline) {
        return;
      }
    }
  }
}

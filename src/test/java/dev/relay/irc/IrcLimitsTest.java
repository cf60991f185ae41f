package dev.relay.irc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.server.RelayServer;
import dev.relay.testing.IrcClient;
import dev.relay.testing.LineClient;
import dev.relay.testing.TestServer;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** docs/IRC.md section 7: the same slow-reader rule as the line protocol, and PING for silent clients. */
@ExtendWith(VertxExtension.class)
class IrcLimitsTest {

  @Test
  void anIrcClientThatStopsReadingIsDroppedAndTheOthersGetEverything(Vertx vertx) {
    RelayServer server = TestServer.start(vertx, TestServer.config().withMaxOutputBytes(64 * 1024),
        IrcConfig.anyPort());
    try (LineClient alice = LineClient.login(server.port(), "alice");
        IrcClient bob = IrcClient.register(server.ircPort(), "bob");
        IrcClient slow = IrcClient.connect(server.ircPort(), 4096)) {
      slow.send("NICK slow").send("USER slow 0 * :slow").welcomed();
      bob.join("#lobby");
      slow.join("#lobby");
      bob.expect(":slow!slow@relay JOIN #lobby");
      alice.skipUntil("* slow has joined lobby");
      // Lines of 4000 bytes reach IRC in pieces; what bob reads must put them back together, in order.
      String payload = "p".repeat(4000);
      String slowQuit = ":slow!slow@relay QUIT :slow consumer";
      String prefix = ":alice!alice@relay PRIVMSG #lobby :";
      StringBuilder bobHeard = new StringBuilder();
      StringBuilder expected = new StringBuilder();
      int quits = 0;
      int sent = 0;
      int stopAt = 10_000;
      while (sent < stopAt) {
        for (int j = 0; j < 10; j++) {
          String text = sent + " " + payload + " end" + sent++;
          alice.send(text);
          expected.append(text);
        }
        for (int j = 0; j < 10; j++) {
          alice.readLine();
        }
        String line;
        do {
          line = bob.readLine();
          if (line.equals(slowQuit)) {
            quits++;
          } else {
            assertThat(line).startsWith(prefix);
            bobHeard.append(line.substring(prefix.length()));
          }
        } while (!line.endsWith(" end" + (sent - 1)));
        if (quits > 0 && stopAt == 10_000) {
          stopAt = sent + 100;
        }
      }
      assertThat(quits).isEqualTo(1);
      assertThat(bobHeard.toString()).isEqualTo(expected.toString());
      String last = " end" + (sent - 1);
      assertThat(slow.readUntilClosed()).as("the slow reader is dropped before it has read everything")
          .noneMatch(l -> l.endsWith(last));
    }
  }

  @Test
  void aSilentClientIsPingedAndDroppedWhenItDoesNotAnswerButAnAnswerKeepsItIn(Vertx vertx) {
    RelayServer server = TestServer.start(vertx, TestServer.config(), IrcConfig.anyPort().withPingSeconds(2));
    try (IrcClient silent = IrcClient.register(server.ircPort(), "silent");
        IrcClient alive = IrcClient.register(server.ircPort(), "alive")) {
      alive.expect("PING :relay").send("PONG :relay");
      alive.expect("PING :relay").send("PONG :relay");
      assertThat(silent.readUntilClosed()).containsExactly("PING :relay",
          "ERROR :Closing Link: relay (Ping timeout: 2 seconds)");
      alive.expect("PING :relay").send("PONG :relay");
      alive.send("PING :still").expect(":relay PONG relay :still");
    }
  }
}

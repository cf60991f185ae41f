package dev.relay.irc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.server.RelayServer;
import dev.relay.testing.IrcClient;
import dev.relay.testing.LineClient;
import dev.relay.testing.TestServer;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** docs/IRC.md section 2 (registration), over real sockets. */
@ExtendWith(VertxExtension.class)
class IrcRegistrationTest {

  @Test
  void nickAndUserGetTheWelcomeBurstWithAnHonestIsupport(Vertx vertx) {
    int port = TestServer.startWithIrc(vertx).ircPort();
    try (IrcClient alice = IrcClient.connect(port)) {
      alice.send("NICK alice").send("USER al 0 * :Alice Liddell");
      List<String> burst = alice.welcomed();
      assertThat(burst).extracting(l -> l.split(" ")[1])
          .containsSubsequence("001", "002", "003", "004", "005", "375", "372", "376");
      List<String> isupport = burst.stream().filter(l -> l.startsWith(":relay 005 alice ")).toList();
      assertThat(isupport).as("at most 13 tokens a line").hasSize(2)
          .allSatisfy(l -> assertThat(l).endsWith(" :are supported by this server"))
          .allSatisfy(l -> assertThat(l.split(" ")).hasSizeLessThanOrEqualTo(3 + 13 + 5));
      assertThat(String.join(" ", isupport)).contains(" CASEMAPPING=ascii ", " CHANTYPES=# ", " NICKLEN=32 ",
          " CHANNELLEN=33 ", " PREFIX=(ov)@+ ", " CHANMODES=b,k,l,imnst ", " UTF8ONLY", " CHATHISTORY=100 ",
          " MSGREFTYPES=msgid,timestamp ", " CLIENTTAGDENY=* ");
    }
  }

  @Test
  void capNegotiationHoldsRegistrationUntilEndAndServerTimeTagsWhatIsSaid(Vertx vertx) {
    RelayServer server = TestServer.startWithIrc(vertx);
    try (IrcClient alice = IrcClient.connect(server.ircPort())) {
      alice.send("CAP LS 302").send("NICK alice").send("USER al 0 * :Alice");
      alice.expect(":relay CAP * LS :server-time message-tags batch draft/chathistory draft/event-playback");
      alice.send("CAP REQ :away-notify server-time").expect(":relay CAP alice NAK :away-notify server-time");
      alice.send("CAP LIST").expect(":relay CAP alice LIST :");
      alice.send("CAP REQ :server-time").expect(":relay CAP alice ACK server-time");
      alice.send("CAP END").welcomed();
      alice.join("#lobby");
      try (LineClient bob = LineClient.login(server.port(), "bob")) {
        alice.expect(":bob!bob@relay JOIN #lobby");
        bob.send("hi");
        assertThat(alice.readLine())
            .matches("@time=\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z :bob!bob@relay PRIVMSG #lobby :hi");
      }
    }
  }

  @Test
  void aTakenNickIsRefusedWith433AndAnotherCanBeTried(Vertx vertx) {
    RelayServer server = TestServer.startWithIrc(vertx);
    try (LineClient line = LineClient.login(server.port(), "alice");
        IrcClient irc = IrcClient.connect(server.ircPort())) {
      irc.send("NICK Alice").send("USER a 0 * :A");
      irc.expect(":relay 433 * Alice :Nickname is already in use");
      irc.send("NICK alice_").welcomed();
      assertThat(irc.nick()).isEqualTo("alice_");
    }
  }

  @Test
  void anInvalidNickIs432AndCommandsBeforeRegistrationAre451(Vertx vertx) {
    int port = TestServer.startWithIrc(vertx).ircPort();
    try (IrcClient irc = IrcClient.connect(port)) {
      irc.send("NICK bad!nick").expect(":relay 432 * bad!nick :Erroneous nickname");
      irc.send("NICK").expect(":relay 431 * :No nickname given");
      irc.send("JOIN #dev").expect(":relay 451 * :You have not registered");
      irc.send("USER x").expect(":relay 461 * USER :Not enough parameters");
      irc.send("PING :early").expect(":relay PONG relay :early");
    }
  }

  @Test
  void quitBeforeRegistrationIsAnsweredWithErrorAndTheConnectionCloses(Vertx vertx) {
    int port = TestServer.startWithIrc(vertx).ircPort();
    try (IrcClient irc = IrcClient.connect(port)) {
      irc.send("QUIT :chkport");
      assertThat(irc.readUntilClosed()).containsExactly("ERROR :Closing Link: relay (Quit)");
    }
  }

  @Test
  void withAServerPasswordOnlyTheRightPassRegisters(Vertx vertx) {
    int port = TestServer.start(vertx, TestServer.config(), IrcConfig.anyPort().withPassword("sesame")).ircPort();
    try (IrcClient wrong = IrcClient.connect(port); IrcClient right = IrcClient.connect(port)) {
      wrong.send("PASS guess").send("NICK w").send("USER w 0 * :w");
      assertThat(wrong.readUntilClosed()).containsExactly(":relay 464 w :Password incorrect",
          "ERROR :Closing Link: relay (Bad password)");
      right.send("PASS sesame").send("NICK r").send("USER r 0 * :r").welcomed();
    }
  }
}

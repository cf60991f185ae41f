package dev.relay.irc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.server.RelayServer;
import dev.relay.testing.IrcClient;
import dev.relay.testing.LineClient;
import dev.relay.testing.TestServer;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** docs/IRC.md sections 3 and 4: IRC and line-protocol users in the same rooms, over real sockets. */
@ExtendWith(VertxExtension.class)
class IrcChatTest {

  private RelayServer server;

  @BeforeEach
  void start(Vertx vertx) {
    server = TestServer.startWithIrc(vertx);
  }

  @Test
  void ircAndLineUsersMeetInARoomAndHearEachOther() {
    try (IrcClient alice = IrcClient.register(server.ircPort(), "alice");
        LineClient bob = LineClient.login(server.port(), "bob")) {
      assertThat(alice.join("#dev")).containsExactly("@alice");
      bob.send("/join dev").expect("* You are now in room dev");
      alice.expect(":bob!bob@relay JOIN #dev");
      alice.send("NAMES #dev").expect(":relay 353 alice = #dev :@alice bob");
      alice.expect(":relay 366 alice #dev :End of /NAMES list");

      bob.send("hello from nc");
      bob.expect("bob: hello from nc");
      alice.expect(":bob!bob@relay PRIVMSG #dev :hello from nc");
      alice.send("PRIVMSG #dev :hi \u0002bob\u0002, caf\u00e9");
      bob.expect("alice: hi bob, caf\u00e9");
      assertThat(alice.sync()).as("an IRC client's own line is not echoed").isEmpty();

      alice.send("PRIVMSG #dev :\u0001ACTION waves\u0001");
      bob.expect("* alice waves");
      bob.send("/me nods");
      bob.expect("* bob nods");
      alice.expect(":bob!bob@relay PRIVMSG #dev :\u0001ACTION nods\u0001");

      alice.send("PART #dev :lunch");
      alice.expect(":alice!alice@relay PART #dev :lunch");
      bob.expect("* alice has left dev (lunch)");
    }
  }

  @Test
  void privateMessagesGoBothWaysAndAnUnknownNickIs401ButANoticeGetsNoAnswer() {
    try (IrcClient alice = IrcClient.register(server.ircPort(), "alice");
        LineClient bob = LineClient.login(server.port(), "bob")) {
      alice.send("PRIVMSG bob :psst");
      bob.expect("[pm] alice: psst");
      bob.send("/msg alice hi there");
      bob.expect("* pm to alice: hi there");
      alice.expect(":bob!bob@relay PRIVMSG alice :hi there");
      alice.send("PRIVMSG nobody :hello?").expect(":relay 401 alice nobody :No such nick/channel");
      alice.send("NOTICE nobody :automatic").send("NOTICE #nowhere :automatic");
      assertThat(alice.sync()).isEmpty();
      alice.send("PRIVMSG #nowhere :x").expect(":relay 403 alice #nowhere :No such channel");
      alice.send("PRIVMSG #lobby :x").expect(":relay 404 alice #lobby :Cannot send to channel");
    }
  }

  @Test
  void aMemberOfSeveralSharedRoomsQuitsAndRenamesOnceForIrcButPerRoomForTheLineProtocol() {
    try (IrcClient alice = IrcClient.register(server.ircPort(), "alice");
        IrcClient carol = IrcClient.register(server.ircPort(), "carol")) {
      for (String channel : List.of("#a", "#b")) {
        alice.join(channel);
        carol.join(channel);
        alice.expect(":carol!carol@relay JOIN " + channel);
      }
      carol.send("NICK caroline");
      alice.expect(":carol!carol@relay NICK caroline");
      carol.expect(":carol!carol@relay NICK caroline");
      assertThat(carol.sync()).isEmpty();
      carol.send("QUIT :bye now");
      alice.expect(":caroline!caroline@relay QUIT :bye now");
      assertThat(alice.sync()).isEmpty();
    }
  }

  @Test
  void joinZeroLeavesEveryChannelAndWhoWhoisAndListAnswer() {
    try (IrcClient alice = IrcClient.register(server.ircPort(), "alice");
        LineClient bob = LineClient.login(server.port(), "bob")) {
      alice.join("#lobby");
      alice.join("#dev");
      alice.send("WHO #lobby");
      assertThat(List.of(alice.readLine(), alice.readLine(), alice.readLine())).containsExactlyInAnyOrder(
          ":relay 352 alice #lobby bob relay relay bob H :0 bob",
          ":relay 352 alice #lobby alice relay relay alice H :0 alice the tester",
          ":relay 315 alice #lobby :End of /WHO list");
      alice.send("WHOIS bob");
      alice.expect(":relay 311 alice bob bob relay * bob").expect(":relay 319 alice bob #lobby")
          .expect(":relay 312 alice bob relay Relay").expect(":relay 318 alice bob :End of /WHOIS list");
      alice.send("LIST");
      alice.expect(":relay 321 alice Channel :Users  Name").expect(":relay 322 alice #lobby 2 :")
          .expect(":relay 322 alice #dev 1 :").expect(":relay 323 alice :End of /LIST");
      alice.send("JOIN 0");
      assertThat(List.of(alice.readLine(), alice.readLine())).containsExactlyInAnyOrder(
          ":alice!alice@relay PART #lobby", ":alice!alice@relay PART #dev");
      bob.skipUntil("* alice has left lobby");
    }
  }

  @Test
  void whatRelayDoesNotHaveIsAnsweredWithTheProperNumeric() {
    try (IrcClient alice = IrcClient.register(server.ircPort(), "alice")) {
      alice.join("#lobby");
      alice.send("MODE #lobby +m").expect(":relay 482 alice #lobby :This channel belongs to everyone: its modes cannot be changed");
      alice.send("MODE #lobby +Z").expect(":relay 472 alice Z :is unknown mode char to me");
      alice.send("MODE #lobby I").expect(":relay 347 alice #lobby :End of channel invite list");
      alice.send("OPER root secret").expect(":relay 491 alice :Relay has no IRC operators");
      alice.send("FROB").expect(":relay 421 alice FROB :Unknown command");
      alice.send("JOIN #bad.name").expect(":relay 403 alice #bad.name :No such channel");
    }
  }

  @Test
  void badInputIsRefusedAndTheConnectionGoesOn() {
    try (IrcClient alice = IrcClient.register(server.ircPort(), "alice")) {
      alice.send("PRIVMSG #dev :" + "x".repeat(600)).expect(":relay 417 alice :Input line was too long");
      alice.raw().sendRaw("PRIVMSG #dev :\u00ff\u00fe\r\n".getBytes(StandardCharsets.ISO_8859_1));
      alice.expect(":relay FAIL PRIVMSG INVALID_UTF8 :Invalid UTF-8, line discarded");
      alice.send("PRIVMSG").expect(":relay 411 alice :No recipient given (PRIVMSG)");
      alice.send("PRIVMSG #dev").expect(":relay 412 alice :No text to send");
      alice.send("PING :still here").expect(":relay PONG relay :still here");
    }
  }

  @Test
  void aLineLongerThanAnIrcLineArrivesInPiecesThatFit() {
    try (IrcClient alice = IrcClient.register(server.ircPort(), "alice");
        LineClient bob = LineClient.login(server.port(), "bob")) {
      alice.join("#lobby");
      String text = "w\u00f6rd ".repeat(400).strip();
      bob.send(text);
      StringBuilder heard = new StringBuilder();
      String prefix = ":bob!bob@relay PRIVMSG #lobby :";
      while (heard.length() < text.length()) {
        String line = alice.readLine();
        assertThat(line.getBytes(StandardCharsets.UTF_8).length + 2).isLessThanOrEqualTo(512);
        assertThat(line).startsWith(prefix);
        heard.append(line.substring(prefix.length()));
      }
      assertThat(heard.toString()).isEqualTo(text);
    }
  }
}

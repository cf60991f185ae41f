package dev.relay.irc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.server.RelayServer;
import dev.relay.testing.IrcClient;
import dev.relay.testing.LineClient;
import dev.relay.testing.TestServer;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * docs/IRC.md section 6: rooms' rules over IRC (channel operators, MODE, TOPIC, KICK, INVITE, bans), over real
 * sockets. The first into a channel owns it and shows as {@code @}.
 */
@ExtendWith(VertxExtension.class)
class IrcRoomRulesTest {

  private RelayServer server;

  @BeforeEach
  void start(Vertx vertx) {
    server = TestServer.startWithIrc(vertx);
  }

  @Test
  void theCreatorIsAnOperatorWhoGrantsOperatorWhichOthersCannot() {
    try (IrcClient alice = IrcClient.register(server.ircPort(), "alice");
        IrcClient bob = IrcClient.register(server.ircPort(), "bob")) {
      assertThat(alice.join("#dev")).containsExactly("@alice");
      assertThat(bob.join("#dev")).containsExactly("@alice", "bob");
      alice.expect(":bob!bob@relay JOIN #dev");
      bob.send("MODE #dev +o bob").expect(":relay 482 bob #dev :You're not the channel owner");
      bob.send("MODE #dev +v bob").expect(":relay 482 bob #dev :You're not a channel operator");

      alice.send("MODE #dev +o bob").expect(":alice!alice@relay MODE #dev +o bob");
      bob.expect(":alice!alice@relay MODE #dev +o bob");
      alice.send("NAMES #dev").expect(":relay 353 alice = #dev :@alice @bob")
          .expect(":relay 366 alice #dev :End of /NAMES list");
      alice.send("MODE #dev +o nobody").expect(":relay 401 alice nobody :No such nick/channel");
      try (IrcClient carol = IrcClient.register(server.ircPort(), "carol")) {
        alice.send("MODE #dev +v carol").expect(":relay 441 alice carol #dev :They aren't on that channel");
        carol.join("#dev");
        alice.expect(":carol!carol@relay JOIN #dev");
        bob.expect(":carol!carol@relay JOIN #dev");
        bob.send("MODE #dev +v carol").expect(":bob!bob@relay MODE #dev +v carol");
        alice.expect(":bob!bob@relay MODE #dev +v carol");
        alice.send("WHO #dev");
        assertThat(List.of(alice.readLine(), alice.readLine(), alice.readLine(), alice.readLine()))
            .containsExactlyInAnyOrder(
                ":relay 352 alice #dev alice relay relay alice H@ :0 alice the tester",
                ":relay 352 alice #dev bob relay relay bob H@ :0 bob the tester",
                ":relay 352 alice #dev carol relay relay carol H+ :0 carol the tester",
                ":relay 315 alice #dev :End of /WHO list");
      }
    }
  }

  @Test
  void aModeQueryShowsTheSettingsAndTheKeyOnlyToMembers() {
    try (IrcClient alice = IrcClient.register(server.ircPort(), "alice");
        IrcClient bob = IrcClient.register(server.ircPort(), "bob")) {
      alice.join("#dev");
      alice.send("MODE #dev").expect(":relay 324 alice #dev +tn");
      assertThat(alice.readLine()).matches(":relay 329 alice #dev \\d+");
      alice.send("MODE #dev +ks-t secret").expect(":alice!alice@relay MODE #dev +ks-t secret");
      alice.send("MODE #dev +l 5").expect(":alice!alice@relay MODE #dev +l 5");
      alice.send("MODE #dev").expect(":relay 324 alice #dev +klsn secret 5");
      assertThat(alice.readLine()).startsWith(":relay 329 alice #dev ");
      bob.send("MODE #dev").expect(":relay 324 bob #dev +klsn * 5");
      assertThat(bob.readLine()).startsWith(":relay 329 bob #dev ");
      bob.send("MODE #nowhere").expect(":relay 403 bob #nowhere :No such channel");
      alice.send("MODE #dev +Z").expect(":relay 472 alice Z :is unknown mode char to me");
      alice.send("MODE #dev +l lots")
          .expect(":relay 696 alice #dev l lots :A limit is a number from 1 to 100000");
      alice.send("MODE #dev e").expect(":relay 349 alice #dev :End of channel exception list");
    }
  }

  @Test
  void kickPutsTheMemberOutAndOnlyAnOperatorMayKick() {
    try (IrcClient alice = IrcClient.register(server.ircPort(), "alice");
        IrcClient bob = IrcClient.register(server.ircPort(), "bob");
        LineClient carol = LineClient.login(server.port(), "carol")) {
      alice.join("#dev");
      bob.join("#dev");
      carol.send("/join dev").expect("* You are now in room dev");
      alice.skipUntil(":carol!carol@relay JOIN #dev");
      bob.expect(":carol!carol@relay JOIN #dev");
      bob.send("KICK #dev alice").expect(":relay 482 bob #dev :You're not a channel operator");

      alice.send("KICK #dev bob :behave").expect(":alice!alice@relay KICK #dev bob :behave");
      bob.skipUntil(":alice!alice@relay KICK #dev bob :behave");
      carol.skipUntil("* bob was kicked by alice: behave");
      bob.send("PRIVMSG #dev :still here?").expect(":relay 404 bob #dev :Cannot send to channel");
      alice.send("KICK #dev carol").expect(":alice!alice@relay KICK #dev carol :alice");
      alice.send("KICK #dev bob").expect(":relay 441 alice bob #dev :They aren't on that channel");
      alice.send("KICK #nowhere bob").expect(":relay 403 alice #nowhere :No such channel");
    }
  }

  @Test
  void theTopicIsSetByOperatorsUnderPlusTAndByAnyMemberUnderMinusT() {
    try (IrcClient alice = IrcClient.register(server.ircPort(), "alice");
        IrcClient bob = IrcClient.register(server.ircPort(), "bob")) {
      alice.join("#dev");
      bob.join("#dev");
      alice.expect(":bob!bob@relay JOIN #dev");
      bob.send("TOPIC #dev").expect(":relay 331 bob #dev :No topic is set");
      bob.send("TOPIC #dev :mine").expect(":relay 482 bob #dev :You're not a channel operator");
      alice.send("TOPIC #dev :release friday").expect(":alice!alice@relay TOPIC #dev :release friday");
      bob.expect(":alice!alice@relay TOPIC #dev :release friday");
      bob.send("TOPIC #dev").expect(":relay 332 bob #dev :release friday");
      assertThat(bob.readLine()).matches(":relay 333 bob #dev alice \\d+");

      alice.send("MODE #dev -t").expect(":alice!alice@relay MODE #dev -t");
      bob.expect(":alice!alice@relay MODE #dev -t");
      bob.send("TOPIC #dev :release monday").expect(":bob!bob@relay TOPIC #dev :release monday");
      alice.expect(":bob!bob@relay TOPIC #dev :release monday");
      try (IrcClient carol = IrcClient.register(server.ircPort(), "carol")) {
        carol.send("JOIN #dev").expect(":carol!carol@relay JOIN #dev")
            .expect(":relay 332 carol #dev :release monday");
        assertThat(carol.readLine()).matches(":relay 333 carol #dev bob \\d+");
        carol.expect(":relay 353 carol = #dev :@alice bob carol");
      }
      alice.expect(":carol!carol@relay JOIN #dev");
      alice.send("TOPIC #dev :").skipUntil(":alice!alice@relay TOPIC #dev :");
    }
  }

  @Test
  void aKeyedChannelTakesTheKeyAndAFullOneNobody() {
    try (IrcClient alice = IrcClient.register(server.ircPort(), "alice");
        IrcClient bob = IrcClient.register(server.ircPort(), "bob")) {
      alice.join("#dev");
      alice.send("MODE #dev +k sesame").expect(":alice!alice@relay MODE #dev +k sesame");
      bob.send("JOIN #dev").expect(":relay 475 bob #dev :Cannot join channel (+k)");
      bob.send("JOIN #dev wrong").expect(":relay 475 bob #dev :Cannot join channel (+k)");
      bob.send("JOIN #dev sesame").expect(":bob!bob@relay JOIN #dev").expect(":relay 353 bob = #dev :@alice bob");

      alice.expect(":bob!bob@relay JOIN #dev");
      alice.send("MODE #dev -k *").expect(":alice!alice@relay MODE #dev -k *");
      alice.send("MODE #dev +l 2").expect(":alice!alice@relay MODE #dev +l 2");
      try (IrcClient carol = IrcClient.register(server.ircPort(), "carol")) {
        carol.send("JOIN #dev").expect(":relay 471 carol #dev :Cannot join channel (+l)");
        alice.send("MODE #dev -l").expect(":alice!alice@relay MODE #dev -l");
        assertThat(carol.join("#dev")).contains("carol");
      }
    }
  }

  @Test
  void anInviteOnlyChannelLetsInWhomAnOperatorInvites() {
    try (IrcClient alice = IrcClient.register(server.ircPort(), "alice");
        IrcClient bob = IrcClient.register(server.ircPort(), "bob")) {
      alice.join("#dev");
      alice.send("MODE #dev +i").expect(":alice!alice@relay MODE #dev +i");
      bob.send("JOIN #dev").expect(":relay 473 bob #dev :Cannot join channel (+i)");
      alice.send("INVITE bob #dev").expect(":relay 341 alice bob #dev");
      bob.expect(":alice!alice@relay INVITE bob #dev");
      assertThat(bob.join("#dev")).containsExactly("@alice", "bob");
      alice.skipUntil(":bob!bob@relay JOIN #dev");
      alice.send("INVITE bob #dev").expect(":relay 443 alice bob #dev :is already on channel");
      alice.send("INVITE nobody #dev").expect(":relay 401 alice nobody :No such nick/channel");
    }
  }

  @Test
  void aBanPutsTheMemberOutAndKeepsItOutUntilLifted() {
    try (IrcClient alice = IrcClient.register(server.ircPort(), "alice");
        IrcClient bob = IrcClient.register(server.ircPort(), "bob")) {
      alice.join("#dev");
      bob.join("#dev");
      alice.expect(":bob!bob@relay JOIN #dev");
      alice.send("MODE #dev +b Bob!*@*").expect(":alice!alice@relay MODE #dev +b Bob!*@*")
          .expect(":alice!alice@relay KICK #dev bob :banned");
      bob.expect(":alice!alice@relay MODE #dev +b Bob!*@*").expect(":alice!alice@relay KICK #dev bob :banned");
      bob.send("JOIN #dev").expect(":relay 474 bob #dev :Cannot join channel (+b)");
      alice.send("MODE #dev +b");
      assertThat(alice.readLine()).matches(":relay 367 alice #dev bob!\\*@\\* alice \\d+");
      alice.expect(":relay 368 alice #dev :End of channel ban list");
      alice.send("MODE #dev +b b*!*@*")
          .expect(":relay 696 alice #dev b b*!*@* :Relay bans a nick (nick!*@*) or an IP address (*!*@192.0.2.7),"
              + " not a pattern");

      alice.send("MODE #dev -b bob!*@*").expect(":alice!alice@relay MODE #dev -b bob!*@*");
      assertThat(bob.join("#dev")).containsExactly("@alice", "bob");
    }
  }

  @Test
  void aModeratedChannelHearsOnlyItsVoicedMembersAndOperators() {
    try (IrcClient alice = IrcClient.register(server.ircPort(), "alice");
        IrcClient bob = IrcClient.register(server.ircPort(), "bob")) {
      alice.join("#dev");
      bob.join("#dev");
      alice.expect(":bob!bob@relay JOIN #dev");
      alice.send("MODE #dev +m").expect(":alice!alice@relay MODE #dev +m");
      bob.expect(":alice!alice@relay MODE #dev +m");
      bob.send("PRIVMSG #dev :hello?").expect(":relay 404 bob #dev :Cannot send to channel (+m)");
      bob.send("NOTICE #dev :quietly");
      assertThat(bob.sync()).as("a NOTICE gets no error").isEmpty();
      assertThat(alice.sync()).as("nor reaches the channel").isEmpty();

      alice.send("MODE #dev +v bob").expect(":alice!alice@relay MODE #dev +v bob");
      bob.expect(":alice!alice@relay MODE #dev +v bob");
      bob.send("PRIVMSG #dev :now I may");
      alice.expect(":bob!bob@relay PRIVMSG #dev :now I may");
    }
  }
}

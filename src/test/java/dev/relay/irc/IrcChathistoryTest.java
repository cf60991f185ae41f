package dev.relay.irc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.server.RelayServer;
import dev.relay.testing.IrcClient;
import dev.relay.testing.LineClient;
import dev.relay.testing.TestServer;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * docs/IRC.md section 10, over real sockets: msgid and time tags on room lines, CHATHISTORY and its batches, a room's
 * last lines replayed on joining, and the same history for an IRC client and a line-protocol client.
 */
@ExtendWith(VertxExtension.class)
class IrcChathistoryTest {

  private static final String ALL = "message-tags server-time batch draft/chathistory";
  private static final String TIME = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z";

  private RelayServer server;

  @BeforeEach
  void start(Vertx vertx) {
    server = TestServer.startWithIrc(vertx);
  }

  /** A line as a client that negotiated tags reads it: its tags, and the rest. */
  private record Tagged(Map<String, String> tags, String line) {

    static Tagged of(String raw) {
      Map<String, String> tags = new LinkedHashMap<>();
      if (!raw.startsWith("@")) {
        return new Tagged(tags, raw);
      }
      int space = raw.indexOf(' ');
      for (String tag : raw.substring(1, space).split(";")) {
        int eq = tag.indexOf('=');
        tags.put(eq < 0 ? tag : tag.substring(0, eq), eq < 0 ? "" : tag.substring(eq + 1));
      }
      return new Tagged(tags, raw.substring(space + 1));
    }

    String msgid() {
      return tags.get("msgid");
    }

    String time() {
      return tags.get("time");
    }
  }

  /** Registers {@code nick} after asking for {@code caps}. */
  private IrcClient connect(String nick, String caps) {
    IrcClient client = IrcClient.connect(server.ircPort());
    client.send("CAP LS 302").send("NICK " + nick).send("USER " + nick + " 0 * :" + nick);
    assertThat(client.readLine()).startsWith(":relay CAP * LS ");
    client.send("CAP REQ :" + caps);
    assertThat(client.readLine()).startsWith(":relay CAP " + nick + " ACK ");
    client.send("CAP END").welcomed();
    return client;
  }

  /** A line user in room {@code room}, which must have no lines yet (the line protocol does not show history yet). */
  private LineClient lineUser(String alias, String room) {
    LineClient user = LineClient.login(server.port(), alias);
    user.send("/join " + room).skipUntil("* You are now in room " + room);
    return user;
  }

  /** {@code count} lines said by {@code bob} in {@code #dev}, as {@code alice} (with tags) read them. */
  private static List<Tagged> say(LineClient bob, IrcClient alice, int count) {
    List<Tagged> heard = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      bob.send("line " + i).skipUntil("bob: line " + i);
      Tagged line = Tagged.of(alice.readLine());
      assertThat(line.line()).isEqualTo(":bob!bob@relay PRIVMSG #dev :line " + i);
      heard.add(line);
    }
    return heard;
  }

  /** The lines of the chathistory batch that answers what {@code client} just sent, checking its frame. */
  private static List<Tagged> batch(IrcClient client, String target) {
    String open = client.readLine();
    assertThat(open).matches(":relay BATCH \\+\\S+ chathistory " + target.replace("*", "\\*"));
    String id = open.split(" ")[2].substring(1);
    List<Tagged> lines = new ArrayList<>();
    for (String next = client.readLine(); !next.equals(":relay BATCH -" + id); next = client.readLine()) {
      Tagged line = Tagged.of(next);
      assertThat(line.tags()).containsEntry("batch", id).containsKeys("msgid", "time");
      lines.add(line);
    }
    return lines;
  }

  private static List<Tagged> ask(IrcClient client, String command) {
    client.send("CHATHISTORY " + command);
    return batch(client, command.split(" ")[1]);
  }

  @Test
  void withMessageTagsRoomLinesCarryTheirMsgidAndWithServerTimeTheTimeTheyWereSaid() {
    try (IrcClient alice = connect("alice", "message-tags server-time");
        IrcClient dave = connect("dave", "message-tags");
        IrcClient carol = IrcClient.register(server.ircPort(), "carol");
        LineClient bob = lineUser("bob", "dev")) {
      for (IrcClient client : List.of(alice, dave, carol)) {
        client.join("#dev");
      }
      alice.sync();
      dave.sync();
      bob.send("hello").skipUntil("bob: hello");
      Tagged heard = Tagged.of(alice.readLine());
      assertThat(heard.line()).isEqualTo(":bob!bob@relay PRIVMSG #dev :hello");
      assertThat(heard.msgid()).matches("dev:\\d+:\\d+");
      assertThat(heard.time()).matches(TIME);
      assertThat(Instant.parse(heard.time()).toEpochMilli()).as("the msgid's time is the line's")
          .isEqualTo(Long.parseLong(heard.msgid().split(":")[2]));
      assertThat(dave.readLine()).isEqualTo("@msgid=" + heard.msgid() + " :bob!bob@relay PRIVMSG #dev :hello");
      assertThat(carol.readLine()).isEqualTo(":bob!bob@relay PRIVMSG #dev :hello");

      bob.send("/topic news");
      Tagged topic = Tagged.of(alice.readLine());
      assertThat(topic.line()).isEqualTo(":bob!bob@relay TOPIC #dev :news");
      assertThat(MessageIds.parse(topic.msgid()).seq()).isEqualTo(MessageIds.parse(heard.msgid()).seq() + 1);
      assertThat(carol.readLine()).isEqualTo(":bob!bob@relay TOPIC #dev :news");
    }
  }

  @Test
  void latestBeforeAfterAroundAndBetweenByMsgid() {
    try (IrcClient alice = connect("alice", ALL); LineClient bob = lineUser("bob", "dev")) {
      alice.join("#dev");
      List<Tagged> said = say(bob, alice, 10);

      assertThat(ask(alice, "LATEST #dev * 20")).as("the lines, their msgids and times as first sent")
          .extracting(l -> List.of(l.msgid(), l.time(), l.line()))
          .isEqualTo(said.stream().map(l -> List.of(l.msgid(), l.time(), l.line())).toList());
      assertThat(texts(ask(alice, "LATEST #dev * 3"))).containsExactly("line 7", "line 8", "line 9");
      assertThat(texts(ask(alice, "LATEST #dev msgid=" + said.get(4).msgid() + " 20")))
          .containsExactly("line 5", "line 6", "line 7", "line 8", "line 9");
      assertThat(texts(ask(alice, "BEFORE #dev msgid=" + said.get(6).msgid() + " 20")))
          .containsExactly("line 0", "line 1", "line 2", "line 3", "line 4", "line 5");
      assertThat(texts(ask(alice, "BEFORE #dev msgid=" + said.get(6).msgid() + " 2")))
          .containsExactly("line 4", "line 5");
      assertThat(texts(ask(alice, "AFTER #dev msgid=" + said.get(3).msgid() + " 3")))
          .containsExactly("line 4", "line 5", "line 6");
      assertThat(texts(ask(alice, "AROUND #dev msgid=" + said.get(7).msgid() + " 1"))).containsExactly("line 7");
      assertThat(texts(ask(alice, "AROUND #dev msgid=" + said.get(7).msgid() + " 3")))
          .containsExactly("line 6", "line 7", "line 8");
      String first = "msgid=" + said.get(0).msgid();
      String last = "msgid=" + said.get(9).msgid();
      assertThat(texts(ask(alice, "BETWEEN #dev " + first + " " + last + " 20")))
          .containsExactly("line 1", "line 2", "line 3", "line 4", "line 5", "line 6", "line 7", "line 8");
      assertThat(texts(ask(alice, "BETWEEN #dev " + first + " " + last + " 3")))
          .containsExactly("line 1", "line 2", "line 3");
      assertThat(texts(ask(alice, "BETWEEN #dev " + last + " " + first + " 3")))
          .as("from the later bound: the newest").containsExactly("line 6", "line 7", "line 8");
    }
  }

  @Test
  void timestampReferencesBoundByTheTimeEachLineWasSaid() {
    try (IrcClient alice = connect("alice", ALL); LineClient bob = lineUser("bob", "dev")) {
      alice.join("#dev");
      List<Tagged> said = say(bob, alice, 6);
      String early = "timestamp=2000-01-01T00:00:00.000Z";
      String late = "timestamp=2999-01-01T00:00:00.000Z";
      assertThat(texts(ask(alice, "AFTER #dev " + early + " 2"))).containsExactly("line 0", "line 1");
      assertThat(texts(ask(alice, "BEFORE #dev " + late + " 2"))).containsExactly("line 4", "line 5");
      assertThat(texts(ask(alice, "BETWEEN #dev " + late + " " + early + " 1"))).containsExactly("line 5");
      // Lines said within one millisecond share a time: what a time picks is computed from the times heard.
      String t3 = said.get(3).time();
      assertThat(texts(ask(alice, "BEFORE #dev timestamp=" + t3 + " 20")))
          .isEqualTo(texts(said.stream().filter(l -> l.time().compareTo(t3) < 0).toList()));
      assertThat(texts(ask(alice, "AFTER #dev timestamp=" + t3 + " 20")))
          .isEqualTo(texts(said.stream().filter(l -> l.time().compareTo(t3) > 0).toList()));
      assertThat(texts(ask(alice, "LATEST #dev timestamp=" + t3 + " 20")))
          .isEqualTo(texts(said.stream().filter(l -> l.time().compareTo(t3) > 0).toList()));
      assertThat(texts(ask(alice, "AROUND #dev timestamp=" + t3 + " 1")))
          .containsExactly(texts(said.stream().filter(l -> l.time().equals(t3)).toList()).get(0));
    }
  }

  @Test
  void anEmptyAnswerIsAnEmptyBatchAndANickHasNoHistory() {
    try (IrcClient alice = connect("alice", ALL)) {
      alice.join("#quiet");
      assertThat(ask(alice, "LATEST #quiet * 10")).isEmpty();
      assertThat(ask(alice, "LATEST bob * 10")).as("Relay keeps no private history").isEmpty();
      alice.send("CHATHISTORY TARGETS timestamp=2020-01-01T00:00:00.000Z timestamp=2262-01-01T00:00:00.000Z 10");
      String open = alice.readLine();
      assertThat(open).matches(":relay BATCH \\+\\S+ draft/chathistory-targets");
      alice.expect(":relay BATCH -" + open.split(" ")[2].substring(1));
    }
  }

  @Test
  void badParametersAndChannelsTheClientIsNotInAreFails() {
    try (IrcClient alice = connect("alice", ALL); IrcClient carol = IrcClient.register(server.ircPort(), "carol")) {
      alice.join("#dev");
      carol.join("#elsewhere");
      alice.send("CHATHISTORY FOO #dev * 10").expect(":relay FAIL CHATHISTORY INVALID_PARAMS FOO :Unknown subcommand");
      alice.send("CHATHISTORY LATEST #dev *")
          .expect(":relay FAIL CHATHISTORY INVALID_PARAMS LATEST :Insufficient parameters");
      alice.send("CHATHISTORY LATEST #dev * ten")
          .expect(":relay FAIL CHATHISTORY INVALID_PARAMS LATEST ten :Invalid limit");
      alice.send("CHATHISTORY BEFORE #dev timestamp=yesterday 10")
          .expect(":relay FAIL CHATHISTORY INVALID_PARAMS BEFORE timestamp=yesterday :Invalid timestamp");
      alice.send("CHATHISTORY BEFORE #dev msgid=elsewhere:1:1 10").expect(
          ":relay FAIL CHATHISTORY INVALID_PARAMS BEFORE msgid=elsewhere:1:1 :That msgid is not from #dev");
      alice.send("CHATHISTORY AFTER #dev seq=3 10").expect(":relay FAIL CHATHISTORY INVALID_MSGREFTYPE AFTER #dev seq=3"
          + " :Only msgid and timestamp references are supported");
      String notOn = " :Messages could not be retrieved: you are not on that channel";
      alice.send("CHATHISTORY LATEST #elsewhere * 10")
          .expect(":relay FAIL CHATHISTORY INVALID_TARGET LATEST #elsewhere" + notOn);
      alice.send("CHATHISTORY LATEST #nowhere * 10")
          .expect(":relay FAIL CHATHISTORY INVALID_TARGET LATEST #nowhere" + notOn);
      alice.send("CHATHISTORY LATEST #bad.name * 10")
          .expect(":relay FAIL CHATHISTORY INVALID_TARGET LATEST #bad.name :Messages could not be retrieved");
      alice.send("CHATHISTORY").expect(":relay 461 alice CHATHISTORY :Not enough parameters");
      assertThat(alice.sync()).isEmpty();
    }
  }

  @Test
  void aClientThatDoesNotAskForHistoryGetsTheRoomsLastLinesOnJoiningOneThatDoesGetsNone() {
    try (IrcClient alice = IrcClient.register(server.ircPort(), "alice"); LineClient bob = lineUser("bob", "dev")) {
      alice.join("#dev");
      alice.send("PRIVMSG #dev :mine");
      bob.skipUntil("alice: mine");
      bob.send("/me waves").skipUntil("* bob waves");
      alice.expect(":bob!bob@relay PRIVMSG #dev :\u0001ACTION waves\u0001");
      alice.send("PART #dev").expect(":alice!alice@relay PART #dev");

      alice.join("#dev");
      alice.expect(":relay NOTICE #dev :*** Replaying the last 2 lines of #dev")
          .expect(":alice!alice@relay PRIVMSG #dev :mine")
          .expect(":bob!bob@relay PRIVMSG #dev :\u0001ACTION waves\u0001")
          .expect(":relay NOTICE #dev :*** End of replay");

      try (IrcClient tagged = connect("tagged", "batch server-time message-tags");
          IrcClient asks = connect("asks", ALL)) {
        tagged.join("#dev");
        assertThat(batch(tagged, "#dev")).extracting(Tagged::line).containsExactly(
            ":alice!alice@relay PRIVMSG #dev :mine", ":bob!bob@relay PRIVMSG #dev :\u0001ACTION waves\u0001");
        asks.join("#dev");
        assertThat(asks.sync()).as("draft/chathistory: the client asks itself").isEmpty();
      }
    }
  }

  @Test
  void anIrcClientAndALineClientInOneRoomSeeTheSameHistory() {
    try (IrcClient alice = IrcClient.register(server.ircPort(), "alice"); LineClient bob = lineUser("bob", "dev")) {
      alice.join("#dev");
      bob.skipUntil("* alice has joined dev");
      List<String> bobSaw = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        alice.send("PRIVMSG #dev :from irc " + i);
        bobSaw.add(bob.readLine());
        bob.send("from nc " + i);
        bobSaw.add(bob.readLine());
        alice.expect(":bob!bob@relay PRIVMSG #dev :from nc " + i);
      }
      assertThat(bobSaw).containsExactly("alice: from irc 0", "bob: from nc 0", "alice: from irc 1", "bob: from nc 1",
          "alice: from irc 2", "bob: from nc 2");
      try (IrcClient carol = connect("carol", ALL)) {
        carol.join("#dev");
        List<String> history = ask(carol, "LATEST #dev * 100").stream()
            .map(l -> l.line().replaceFirst(":(\\S+)!\\S+ PRIVMSG #dev :", "$1: ")).toList();
        assertThat(history).isEqualTo(bobSaw);
      }
    }
  }

  @Test
  void tagsFromAClientAreReadPastAndTagmsgIsDroppedAsEveryClientTagIsDenied() {
    try (IrcClient alice = connect("alice", "message-tags");
        IrcClient plain = IrcClient.register(server.ircPort(), "plain");
        LineClient bob = lineUser("bob", "dev")) {
      alice.join("#dev");
      alice.send("@+draft/typing=active TAGMSG #dev");
      alice.send("@+draft/reply=dev:1:1;label=" + "x".repeat(3000) + " PRIVMSG #dev :" + "y".repeat(480));
      bob.skipUntil("alice: " + "y".repeat(480));
      alice.send("@+baz=" + "a".repeat(4090) + " PRIVMSG #dev :hi").expect(":relay 417 alice :Input line was too long");
      plain.send("TAGMSG #dev").expect(":relay 421 plain TAGMSG :Unknown command");
      assertThat(alice.sync()).isEmpty();
    }
  }

  private static List<String> texts(List<Tagged> lines) {
    return lines.stream().map(l -> l.line().substring(l.line().indexOf(" :") + 2)).toList();
  }
}

package dev.relay.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.testing.IrcClient;
import dev.relay.testing.LineClient;
import dev.relay.testing.TestCluster;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Three clustered instances in one JVM behave as one chat. The instances are shared by the tests, so each
 * test uses aliases and rooms of its own.
 */
class OneChatTest {

  private static TestCluster cluster;

  @BeforeAll
  static void startCluster() {
    cluster = TestCluster.start(3);
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  private static LineClient loginIn(int node, String alias, String room) {
    LineClient client = LineClient.login(cluster.port(node), alias);
    client.send("/join " + room);
    client.skipUntil("* You are now in room " + room);
    return client;
  }

  @Test
  void aliasesAreUniqueAcrossInstancesCaseInsensitively() {
    try (LineClient alice = LineClient.login(cluster.port(0), "u-alice");
        LineClient other = LineClient.connect(cluster.port(1))) {
      other.expect("alias?").send("U-ALICE");
      other.expect("! alias taken: U-ALICE");
    }
  }

  @Test
  void exactlyOneOfTwoSimultaneousClaimsOnTwoInstancesWins() {
    for (int round = 0; round < 20; round++) {
      String alias = "race" + round;
      try (LineClient first = LineClient.connect(cluster.port(1));
          LineClient second = LineClient.connect(cluster.port(2))) {
        first.expect("alias?");
        second.expect("alias?");
        first.send(alias);
        second.send(alias);
        boolean firstWon = first.readLine().startsWith("* You are now connected");
        boolean secondWon = second.readLine().startsWith("* You are now connected");
        assertThat(firstWon ^ secondWon).as("round " + round + ": exactly one wins").isTrue();
      }
    }
  }

  @Test
  void roomsSpanInstancesWithEveryNoticeEverywhere() {
    try (LineClient a = loginIn(0, "span-a", "span");
        LineClient b = loginIn(1, "span-b", "span")) {
      a.skipUntil("* span-b has joined span");
      try (LineClient c = loginIn(2, "span-c", "span")) {
        a.skipUntil("* span-c has joined span");
        b.skipUntil("* span-c has joined span");
        c.send("hello from the third instance");
        for (LineClient member : List.of(a, b, c)) {
          member.skipUntil("span-c: hello from the third instance");
        }
        b.send("/nick span-bee");
        a.skipUntil("* span-b is now known as span-bee");
        c.skipUntil("* span-b is now known as span-bee");
        b.send("/me waves");
        a.skipUntil("* span-bee waves");
        c.skipUntil("* span-bee waves");
      }
      a.skipUntil("* span-c has left span");
      b.skipUntil("* span-c has left span");
    }
  }

  @Test
  void whoAndRoomsCountEveryoneOnEveryInstance() {
    try (LineClient a = loginIn(0, "count-a", "counted");
        LineClient b = loginIn(1, "count-b", "counted");
        LineClient c = loginIn(2, "count-c", "counted")) {
      a.skipUntil("* count-c has joined counted");
      b.skipUntil("* count-c has joined counted");
      a.send("/who");
      a.expect("* 3 members in counted:");
      a.expect("*   count-a, count-b, count-c");
      c.send("/rooms");
      List<String> rooms = c.skipUntil(l -> l.contains("counted ("));
      assertThat(rooms).isNotEmpty();
      b.send("/rooms");
      assertThat(b.skipUntil(l -> l.equals("*   counted (3 members)"))).isNotNull();
    }
  }

  @Test
  void privateMessagesReachAUserOnAnotherInstance() {
    try (LineClient a = loginIn(0, "pm-a", "pms");
        LineClient c = loginIn(2, "pm-c", "elsewhere")) {
      a.send("/msg PM-C psst");
      // Shown as the roster spells it, or as typed if pm-c joined too recently for this instance to know.
      a.skipUntil(l -> l.equalsIgnoreCase("* pm to pm-c: psst"));
      c.skipUntil("[pm] pm-a: psst");
    }
  }

  @Test
  void messagesOfOneSenderKeepTheirOrderOnEveryInstance() {
    int count = 500;
    try (LineClient a = loginIn(0, "order-a", "ordered");
        LineClient b = loginIn(1, "order-b", "ordered");
        LineClient c = loginIn(2, "order-c", "ordered")) {
      a.skipUntil("* order-c has joined ordered");
      b.skipUntil("* order-c has joined ordered");
      StringBuilder burst = new StringBuilder();
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        burst.append("line ").append(i).append('\n');
        expected.add("order-a: line " + i);
      }
      a.sendRaw(burst.toString().getBytes());
      for (LineClient member : List.of(a, b, c)) {
        List<String> got = new ArrayList<>();
        while (got.size() < count) {
          got.add(member.readLine());
        }
        assertThat(got).containsExactlyElementsOf(expected);
      }
    }
  }

  @Test
  void roomMessageCrossesTheNetworkOncePerOtherInstanceNotPerMember() throws Exception {
    try (LineClient a1 = loginIn(0, "cost-a1", "costly");
        LineClient a2 = loginIn(0, "cost-a2", "costly");
        LineClient b1 = loginIn(1, "cost-b1", "costly");
        LineClient b2 = loginIn(1, "cost-b2", "costly");
        LineClient b3 = loginIn(1, "cost-b3", "costly");
        LineClient c1 = loginIn(2, "cost-c1", "not-costly")) {
      a1.skipUntil("* cost-b3 has joined costly");
      long before = cluster.server(0).peerMessagesSent().await(5, TimeUnit.SECONDS);
      a1.send("one message");
      for (LineClient member : List.of(a1, a2, b1, b2, b3)) {
        member.skipUntil("cost-a1: one message");
      }
      long after = cluster.server(0).peerMessagesSent().await(5, TimeUnit.SECONDS);
      // One to each other instance, the one without members in the room too (docs/CLUSTER.md, "The guarantee").
      assertThat(after - before).as("event-bus messages to other instances").isEqualTo(2);
      assertThat(c1.linesUntilSync()).noneMatch(l -> l.contains("one message"));
    }
  }

  @Test
  void anIrcUserOnOneInstanceAndALineUserOnAnotherShareARoom() {
    try (IrcClient irc = IrcClient.register(cluster.ircPort(0), "irc-ann");
        LineClient line = loginIn(1, "line-ben", "mixed")) {
      List<String> names = irc.join("#mixed");
      if (!names.contains("line-ben") && !names.contains("@line-ben")) {
        // line-ben joined on instance 1 a moment ago; instance 0 may hear of it just after (PROTOCOL.md 4.9)
        irc.expect(":line-ben!line-ben@relay JOIN #mixed");
      }
      line.skipUntil("* irc-ann has joined mixed");
      line.send("hello from instance 1");
      irc.expect(":line-ben!line-ben@relay PRIVMSG #mixed :hello from instance 1");
      irc.send("PRIVMSG #mixed :hello from instance 0");
      line.skipUntil("irc-ann: hello from instance 0");
      irc.send("PRIVMSG line-ben :just you");
      line.expect("[pm] irc-ann: just you");
      line.send("/msg irc-ann and you");
      irc.expect(":line-ben!line-ben@relay PRIVMSG irc-ann :and you");
      irc.send("WHOIS line-ben");
      irc.expect(":relay 311 irc-ann line-ben line-ben relay * line-ben")
          .expect(":relay 319 irc-ann line-ben #mixed");
      line.send("/quit");
      irc.skipUntil(":line-ben!line-ben@relay QUIT :Quit");
    }
  }
}

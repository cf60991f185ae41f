package dev.relay.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.store.TestDatabases;
import dev.relay.testing.AccountsCluster;
import dev.relay.testing.LineClient;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Room history across three instances sharing one real PostgreSQL (docs/PROTOCOL.md 11, docs/CLUSTER.md): one order
 * for every member wherever its instance, a join replay and a resume on another instance than where the lines were
 * said, and history that outlives a restart of every instance.
 */
class ClusterHistoryTest {

  @RegisterExtension
  static final TestDatabases DATABASES = new TestDatabases();
  private static final Pattern WITH_ID = Pattern.compile("\\[#(\\d+)] (\\S+): (.*)");
  private static final Pattern STAMPED = Pattern.compile("\\[\\d\\d:\\d\\d:\\d\\d #(\\d+)] (.*)");
  private static final int LINES_EACH = 40;

  private AccountsCluster cluster;

  @BeforeEach
  void start() {
    cluster = AccountsCluster.start(3, DATABASES.freshPostgres(2));
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private LineClient guest(int instance, String alias) {
    return LineClient.login(cluster.port(instance), alias);
  }

  private static void moveTo(LineClient client, String room) {
    client.send("/join " + room);
    client.skipUntil(line -> line.startsWith("* You are now in room " + room));
  }

  @Test
  void sendersOnThreeInstancesTalkingAtOnceAreHeardInOneOrderByEveryMember() {
    List<LineClient> senders = new ArrayList<>();
    List<LineClient> listeners = new ArrayList<>();
    try {
      for (int i = 0; i < 3; i++) {
        LineClient listener = guest(i, "listener" + i);
        moveTo(listener, "dev");
        listener.send("/ids on");
        listener.skipUntil("* room lines now show their ids");
        listeners.add(listener);
      }
      for (int i = 0; i < 3; i++) {
        LineClient sender = guest(i, "sender" + i);
        moveTo(sender, "dev");
        senders.add(sender);
      }
      for (LineClient listener : listeners) {
        for (int i = 0; i < 3; i++) {
          String joined = "* sender" + i + " has joined dev";
          listener.skipUntil(joined);
        }
      }
      for (int n = 0; n < LINES_EACH; n++) {
        for (int i = 0; i < 3; i++) {
          senders.get(i).send("line " + n);
        }
      }
      List<List<String>> heard = new ArrayList<>();
      for (LineClient listener : listeners) {
        heard.add(lines(listener, 3 * LINES_EACH));
      }
      assertThat(heard.get(1)).isEqualTo(heard.get(0));
      assertThat(heard.get(2)).isEqualTo(heard.get(0));
      List<Long> ids = heard.get(0).stream().map(line -> Long.parseLong(line.substring(0, line.indexOf(' ')))).toList();
      assertThat(ids).containsExactlyElementsOf(LongStream.rangeClosed(1, 3L * LINES_EACH).boxed().toList());
      for (int i = 0; i < 3; i++) {
        String sender = "sender" + i;
        List<String> own = heard.get(0).stream().filter(line -> line.contains(" " + sender + ": "))
            .map(line -> line.substring(line.indexOf(": ") + 2)).toList();
        assertThat(own).as("each sender's order").containsExactlyElementsOf(
            LongStream.range(0, LINES_EACH).mapToObj(n -> "line " + n).toList());
      }
    } finally {
      senders.forEach(LineClient::close);
      listeners.forEach(LineClient::close);
    }
  }

  @Test
  void aNewcomerOnAnotherInstanceGetsTheLastLinesAndAResumeThereGetsTheMissedOnes() {
    try (LineClient alice = guest(0, "alice")) {
      moveTo(alice, "dev");
      for (String line : List.of("one", "two", "three")) {
        alice.send(line);
        alice.skipUntil("alice: " + line);
      }
      try (LineClient bob = guest(1, "bob")) {
        moveTo(bob, "dev");
        assertThat(bob.readLine()).isEqualTo("-- history of dev: 3 lines --");
        assertThat(stamped(bob.skipUntil("-- end of history --")))
            .containsExactly("#1 alice: one", "#2 alice: two", "#3 alice: three");
      }
      try (LineClient carol = guest(2, "carol")) {
        carol.send("/resume dev 1");
        carol.skipUntil("* You are now in room dev");
        assertThat(carol.readLine()).isEqualTo("-- you missed 2 lines --");
        assertThat(stamped(carol.skipUntil("-- end of missed lines --")))
            .containsExactly("#2 alice: two", "#3 alice: three");
      }
    }
  }

  @Test
  void historyOutlivesARestartOfEveryInstanceAndItsNumberingGoesOn() {
    try (LineClient alice = guest(0, "alice")) {
      moveTo(alice, "dev");
      for (String line : List.of("before", "the restart")) {
        alice.send(line);
        alice.skipUntil("alice: " + line);
      }
    }
    cluster.restartAll();
    try (LineClient bob = guest(2, "bob")) {
      moveTo(bob, "dev");
      assertThat(bob.readLine()).isEqualTo("-- history of dev: 2 lines --");
      assertThat(stamped(bob.skipUntil("-- end of history --")))
          .containsExactly("#1 alice: before", "#2 alice: the restart");
      bob.send("/ids on");
      bob.skipUntil("* room lines now show their ids");
      bob.send("after");
      bob.skipUntil("[#3] bob: after");
    }
  }

  /** Reads {@code count} room lines shown with their ids, as {@code ID SENDER: TEXT}. */
  private static List<String> lines(LineClient listener, int count) {
    List<String> lines = new ArrayList<>();
    while (lines.size() < count) {
      String line = listener.readLine();
      Matcher m = WITH_ID.matcher(line);
      if (m.matches()) {
        lines.add(m.group(1) + " " + m.group(2) + ": " + m.group(3));
      }
    }
    return lines;
  }

  private static List<String> stamped(List<String> block) {
    return block.stream().map(STAMPED::matcher).filter(Matcher::matches)
        .map(m -> "#" + m.group(1) + " " + m.group(2)).toList();
  }
}

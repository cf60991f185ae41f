package dev.relay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.history.HistoryConfig;
import dev.relay.store.StoreConfig;
import dev.relay.testing.AccountsServer;
import dev.relay.testing.LineClient;
import dev.relay.testing.TutorialClient;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/PROTOCOL.md section 11: history over real sockets against one server with an embedded store: the join replay
 * and then the live stream with no gap and no repeat, paging, resuming with and without a gap, the honest count of
 * lines no longer kept, history off, a restart, private messages kept for an account that was away.
 */
@ExtendWith(VertxExtension.class)
class HistoryTest {

  private static final Pattern STAMPED = Pattern.compile("\\[\\d\\d:\\d\\d:\\d\\d #(\\d+)] (.*)");
  private static final Pattern DAY = Pattern.compile("-- \\d{4}-\\d\\d-\\d\\d --");

  @TempDir
  Path dir;
  private Vertx vertx;
  private AccountsServer server;

  @BeforeEach
  void start(Vertx vertx) {
    this.vertx = vertx;
    server = AccountsServer.start(vertx, store());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private StoreConfig store() {
    return StoreConfig.embedded(dir.resolve("data"), 2);
  }

  private LineClient guest(String alias) {
    return LineClient.login(server.port(), alias);
  }

  private static void moveTo(LineClient client, String room) {
    client.send("/join " + room);
    client.skipUntil(line -> line.startsWith("* You are now in room " + room));
  }

  /** Says each line and waits for its echo, so that the lines are numbered before the test goes on. */
  private static void say(LineClient client, String alias, String... lines) {
    for (String line : lines) {
      client.send(line);
      client.skipUntil(alias + ": " + line);
    }
  }

  /** Reads one framed block (its first line already known to start with {@code opener}); returns its lines. */
  private static List<String> block(LineClient client, String opener, String closer) {
    client.skipUntil(line -> line.startsWith(opener));
    return client.skipUntil(closer);
  }

  /** The lines of a block without the day lines, as {@code #ID TEXT}. */
  private static List<String> numbered(List<String> lines) {
    return lines.stream().filter(line -> !DAY.matcher(line).matches()).map(line -> {
      var m = STAMPED.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      return "#" + m.group(1) + " " + m.group(2);
    }).toList();
  }

  @Test
  void aNewcomerGetsTheLastLinesThenTheLiveStreamWithNoGapAndNoRepeat() {
    try (LineClient alice = guest("alice")) {
      say(alice, "alice", "one", "two", "three");
      try (LineClient bob = guest("bob")) {
        assertThat(bob.readLine()).isEqualTo("-- history of lobby: 3 lines --");
        List<String> lines = bob.skipUntil("-- end of history --");
        assertThat(DAY.matcher(lines.get(0)).matches()).as(lines.get(0)).isTrue();
        assertThat(numbered(lines)).containsExactly("#1 alice: one", "#2 alice: two", "#3 alice: three");
        say(alice, "alice", "four");
        assertThat(bob.readLine()).isEqualTo("alice: four");
      }
    }
  }

  @Test
  void historyPagesBackwardsByIdAndActionsAndTopicsAreKept() {
    try (LineClient alice = guest("alice")) {
      moveTo(alice, "dev");
      say(alice, "alice", "one", "two");
      alice.send("/me waves");
      alice.skipUntil("* alice waves");
      alice.send("/topic ship it");
      alice.skipUntil("* alice set the topic of dev: ship it");
      alice.send("/history 2");
      assertThat(numbered(block(alice, "-- history of dev: 2 lines --", "-- end of history --")))
          .containsExactly("#3 * alice waves", "#4 * alice set the topic of dev: ship it");
      alice.send("/history before #3 5");
      assertThat(numbered(block(alice, "-- history of dev: 2 lines --", "-- end of history --")))
          .containsExactly("#1 alice: one", "#2 alice: two");
      alice.send("/history before 1");
      alice.skipUntil("-- history of dev: no lines --");
      alice.send("/history before x");
      alice.expectStartsWith("! usage: /history");
    }
  }

  @Test
  void liveLinesShowTheirIdsOnRequest() {
    try (LineClient alice = guest("alice")) {
      alice.send("/ids on");
      alice.skipUntil("* room lines now show their ids");
      alice.send("hello");
      alice.skipUntil("[#1] alice: hello");
      alice.send("/ids off");
      alice.skipUntil("* room lines no longer show their ids");
      say(alice, "alice", "bye");
    }
  }

  @Test
  void resumeGivesExactlyTheMissedLinesOrSaysNothingWasMissed() {
    try (LineClient alice = guest("alice"); LineClient bob = guest("bob")) {
      moveTo(alice, "dev");
      say(alice, "alice", "one", "two", "three", "four", "five");
      bob.send("/resume dev 2");
      bob.skipUntil("* You are now in room dev");
      assertThat(bob.readLine()).isEqualTo("-- you missed 3 lines --");
      assertThat(numbered(bob.skipUntil("-- end of missed lines --")))
          .containsExactly("#3 alice: three", "#4 alice: four", "#5 alice: five");
      say(alice, "alice", "six");
      assertThat(bob.readLine()).isEqualTo("alice: six");
      bob.send("/resume dev 6");
      bob.skipUntil("-- you missed nothing --");
      bob.send("/resume dev 99");
      assertThat(bob.readLine()).isEqualTo("-- dev was numbered anew: you may have missed lines; its last 6 lines follow --");
      assertThat(numbered(bob.skipUntil("-- end of missed lines --"))).hasSize(6).last().isEqualTo("#6 alice: six");
    }
  }

  @Test
  void aResumePastClearedLinesSaysHowManyAreNoLongerKept() {
    try (LineClient alice = guest("alice"); LineClient bob = guest("bob")) {
      moveTo(alice, "dev");
      say(alice, "alice", "one", "two", "three", "four", "five");
      alice.send("/room history clear");
      alice.skipUntil("* alice cleared the history of dev");
      say(alice, "alice", "six", "seven");
      bob.send("/resume dev 2");
      bob.skipUntil("* You are now in room dev");
      assertThat(bob.readLine()).isEqualTo("-- you missed 5 lines; 3 are no longer kept --");
      assertThat(numbered(bob.skipUntil("-- end of missed lines --")))
          .containsExactly("#6 alice: six", "#7 alice: seven");
      bob.send("/room history clear");
      bob.skipUntil("! /room history clear needs owner in dev");
    }
  }

  @Test
  void aRoomWithHistoryOffKeepsNothingAndSaysSo() {
    try (LineClient alice = guest("alice")) {
      moveTo(alice, "dev");
      say(alice, "alice", "kept");
      alice.send("/room history off");
      alice.skipUntil("* alice turned history off in dev");
      say(alice, "alice", "not kept");
      alice.send("/history");
      alice.skipUntil("! dev keeps no history");
      try (LineClient bob = guest("bob")) {
        bob.send("/resume dev 1");
        bob.skipUntil("* You are now in room dev");
        assertThat(bob.readLine()).isEqualTo("-- you missed 1 line; 1 is no longer kept --");
        say(alice, "alice", "live");
        assertThat(bob.readLine()).isEqualTo("alice: live");
      }
      alice.send("/room history on");
      alice.skipUntil("* alice turned history on in dev");
      say(alice, "alice", "kept again");
      alice.send("/history");
      assertThat(numbered(block(alice, "-- history of dev: 2 lines --", "-- end of history --")))
          .containsExactly("#1 alice: kept", "#4 alice: kept again");
    }
  }

  @Test
  void historySurvivesARestartAndNumberingGoesOn() {
    try (LineClient alice = guest("alice")) {
      moveTo(alice, "dev");
      say(alice, "alice", "before", "the restart");
    }
    server.close();
    server = AccountsServer.start(vertx, store());
    try (LineClient bob = guest("bob")) {
      bob.send("/join dev");
      bob.skipUntil("* You are now in room dev");
      assertThat(bob.readLine()).isEqualTo("-- history of dev: 2 lines --");
      assertThat(numbered(bob.skipUntil("-- end of history --")))
          .containsExactly("#1 alice: before", "#2 alice: the restart");
      bob.send("/ids on");
      bob.skipUntil("* room lines now show their ids");
      bob.send("after");
      bob.skipUntil("[#3] bob: after");
    }
  }

  @Test
  void tooManyRequestsAreRefusedForAMoment() {
    try (LineClient alice = guest("alice")) {
      say(alice, "alice", "one");
      String answer = "";
      for (int i = 0; i < 100 && !answer.startsWith("!"); i++) {
        alice.send("/history 1");
        answer = alice.readLine();
        if (answer.startsWith("--")) {
          alice.skipUntil("-- end of history --");
        }
      }
      assertThat(answer).isEqualTo("! too many history requests: wait a moment");
    }
  }

  @Test
  void aMessageToAnAccountThatIsAwayIsKeptUntilItLogsIn() {
    try (LineClient bob = guest("bob")) {
      bob.send("/register correct horse");
      bob.skipUntil(line -> line.startsWith("* resume token: "));
    }
    try (LineClient alice = guest("alice")) {
      alice.send("/msg bob are you there?");
      alice.skipUntil("* bob is not connected: your message is kept for them");
      alice.send("/msg nobody hello");
      alice.skipUntil("! no such alias: nobody");
    }
    try (LineClient bob = LineClient.connect(server.port())) {
      bob.expect("alias?");
      bob.send("bob:correct horse");
      bob.skipUntil(line -> line.startsWith("* You are now connected as bob"));
      bob.skipUntil("-- 1 message kept for you while you were away --");
      List<String> kept = bob.skipUntil("-- end of kept messages --");
      assertThat(kept.get(kept.size() - 1)).matches("\\[\\d\\d:\\d\\d:\\d\\d] \\[pm] alice: are you there\\?");
    }
    try (LineClient bob = LineClient.connect(server.port())) {
      bob.expect("alias?");
      bob.send("bob:correct horse");
      bob.skipUntil(line -> line.startsWith("* You are now connected as bob"));
      assertThat(bob.linesUntilSync()).noneMatch(line -> line.contains("kept for you"));
    }
  }

  @Test
  void theTutorialsClientGetsTheReplayAsPlainLines() throws Exception {
    try (LineClient alice = guest("alice")) {
      say(alice, "alice", "hi there");
      try (TutorialClient tutorial = TutorialClient.connect(server.port(), "carol")) {
        List<String> printed = tutorial.printsUntil("-- end of history --");
        assertThat(String.join("\n", printed)).contains("-- history of lobby: 1 line --").contains("alice: hi there")
            .doesNotContain("#1");
      }
    }
  }

  @Test
  void replayLinesCanBeTurnedOff(Vertx vertx) {
    server.close();
    server = AccountsServer.start(vertx, store(), AccountsServer.config(), HistoryConfig.DEFAULTS.withEnabled(false));
    try (LineClient alice = guest("alice")) {
      say(alice, "alice", "one");
      try (LineClient bob = guest("bob")) {
        assertThat(bob.linesUntilSync()).isEmpty();
        bob.send("/history");
        bob.skipUntil("! lobby keeps no history");
      }
    }
  }
}

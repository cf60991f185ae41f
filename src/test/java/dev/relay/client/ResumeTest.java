package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.testing.LineClient;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scripted client resumes on its own after the server it was on restarts: the server keeps its rooms' lines
 * in a store, so it knows what the client missed. The client reaches the server through a {@link LoopbackGate},
 * shut while the server is down, so the test decides when the client gets back in: after others have spoken.
 */
class ResumeTest {

  private static final String DAY = "-- \\d{4}-\\d\\d-\\d\\d --";
  private static final String KEPT = "\\[\\d\\d:\\d\\d:\\d\\d #\\d+] ";

  @TempDir
  Path dir;
  private HistoryServer server;
  private LoopbackGate gate;

  @BeforeEach
  void start() {
    server = HistoryServer.start(dir.resolve("data"));
    gate = LoopbackGate.to(server.port());
  }

  @AfterEach
  void stop() {
    gate.close();
    server.close();
  }

  @Test
  void afterARestartTheClientShowsTheLinesItMissedOnceAndNothingItHadSeen() {
    ScriptedClient bob = bob();
    bob.type("/join dev");
    bob.stdout().await("* You are now in room dev");
    try (LineClient alice = inRoom("alice", "dev")) {
      alice.send("before one").send("before two");
      bob.stdout().await("alice: before one");
      bob.stdout().await("alice: before two");
    }

    int back = restartWhileBobIsAway(bob);
    try (LineClient carol = inRoom("carol", "dev")) {
      carol.send("missed one").send("missed two").send("missed three");
      carol.skipUntil("carol: missed three");
      gate.open();
      bob.stdout().await("-- end of missed lines --");
      carol.send("after");
      bob.stdout().await("carol: after");
    }

    List<String> since = since(bob, back);
    assertThat(since).startsWith("alias?", "* You are now connected as bob in room lobby. Type /help for commands.",
        "* You are now in room dev");
    int missed = since.indexOf("-- you missed 3 lines --");
    assertThat(missed).isPositive();
    assertThat(since.subList(missed + 1, missed + 6)).satisfiesExactly(
        line -> assertThat(line).matches(DAY),
        line -> assertThat(line).matches(KEPT + "carol: missed one"),
        line -> assertThat(line).matches(KEPT + "carol: missed two"),
        line -> assertThat(line).matches(KEPT + "carol: missed three"),
        line -> assertThat(line).isEqualTo("-- end of missed lines --"));
    assertThat(since).filteredOn(line -> line.contains("missed")).hasSize(5);
    assertThat(since).noneMatch(line -> line.contains("before") || line.startsWith("-- history of"));
    assertThat(bob.stdout().seen()).filteredOn(line -> line.contains("before one")).hasSize(1)
        .noneMatch(line -> line.contains("room lines now show their ids"));
    quit(bob);
  }

  @Test
  void aResumeWhenNothingWasMissedSaysSoAndRepeatsNothing() {
    ScriptedClient bob = bob();
    try (LineClient alice = LineClient.login(server.port(), "alice")) {
      alice.send("hello lobby");
      bob.stdout().await("alice: hello lobby");
    }

    int back = restartWhileBobIsAway(bob);
    gate.open();
    bob.stdout().await("-- you missed nothing --");
    try (LineClient carol = LineClient.login(server.port(), "carol")) {
      carol.send("after");
      bob.stdout().await("carol: after");
    }

    List<String> since = since(bob, back);
    assertThat(since).startsWith("alias?", "* You are now connected as bob in room lobby. Type /help for commands.",
        "-- you missed nothing --");
    assertThat(since).noneMatch(line -> line.contains("hello lobby") || line.startsWith("-- history of"));
    quit(bob);
  }

  /** Bob, through the gate, in the lobby. */
  private ScriptedClient bob() {
    ScriptedClient bob = ScriptedClient.startAgainst(gate.port(), "--alias", "bob", "--retries", "5");
    bob.stdout().awaitStartingWith("* You are now connected as bob in room lobby");
    return bob;
  }

  private LineClient inRoom(String alias, String room) {
    LineClient client = LineClient.login(server.port(), alias);
    client.send("/join " + room);
    client.skipUntil("* You are now in room " + room);
    return client;
  }

  /**
   * Stops and restarts the server while the gate holds bob's reconnect; returns how many lines bob had printed
   * by then, all before the restart.
   */
  private int restartWhileBobIsAway(ScriptedClient bob) {
    gate.shut();
    server.stop();
    bob.stdout().await("* server shutting down, please reconnect");
    bob.stderr().awaitMatching("\\* connection lost, reconnecting in [01]\\.\\ds");
    server.restart();
    gate.awaitHeld();
    return bob.stdout().seen().size();
  }

  private static List<String> since(ScriptedClient client, int from) {
    List<String> all = client.stdout().seen();
    return all.subList(from, all.size());
  }

  private static void quit(ScriptedClient client) {
    client.endInput();
    client.stdout().await("* Goodbye");
    assertThat(client.exitCode()).isZero();
  }
}

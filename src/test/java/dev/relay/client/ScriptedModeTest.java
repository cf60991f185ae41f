package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.testing.LineClient;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client in scripted mode (stdin not a terminal) against the real server on loopback. */
class ScriptedModeTest {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static TestServer server;

  @BeforeAll
  static void startServer() {
    server = TestServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @Test
  void answersTheAliasPromptWithTheGivenAlias() {
    String bob = alias("bob");
    ScriptedClient client = client("--alias", bob);
    client.stdout().await("alias?");
    client.stdout().await("* You are now connected as " + bob + " in room lobby. Type /help for commands.");
    client.endInput();
    assertThat(client.exitCode()).isZero();
  }

  @Test
  void withoutAnAliasTheFirstLineIsTheAlias() {
    String carol = alias("carol");
    ScriptedClient client = client().type(carol);
    client.stdout().await("alias?");
    client.stdout().awaitStartingWith("* You are now connected as " + carol + " in room lobby");
    client.endInput();
    assertThat(client.exitCode()).isZero();
  }

  @Test
  void twoUsersSeeEachOthersMessages() {
    String alice = alias("alice");
    String bob = alias("bob");
    try (LineClient other = LineClient.login(server.port(), alice)) {
      ScriptedClient client = client("--alias", bob);
      client.stdout().awaitStartingWith("* You are now connected as " + bob);
      client.type("hello from the script");
      other.skipUntil(bob + ": hello from the script");
      other.send("hi " + bob);
      client.stdout().await(alice + ": hi " + bob);
      other.send("/msg " + bob + " psst");
      client.stdout().await("[pm] " + alice + ": psst");
      client.endInput();
      assertThat(client.exitCode()).isZero();
      other.skipUntil(l -> l.startsWith("* " + bob + " has left lobby"));
    }
  }

  @Test
  void theEndOfInputSendsQuitAndExitsZeroOnceTheServerCloses() {
    String dave = alias("dave");
    ScriptedClient client = client("--alias", dave).type("/who").endInput();
    client.stdout().awaitStartingWith("* You are now connected as " + dave);
    client.stdout().awaitMatching("\\* \\d+ members? in lobby:");
    client.stdout().await("* Goodbye");
    assertThat(client.exitCode()).isZero();
    assertThat(client.stdout().seen()).last().isEqualTo("* Goodbye");
  }

  @Test
  void linesGivenBeforeTheHandshakeEndsAreNotTakenForTheAlias() {
    String erin = alias("erin");
    ScriptedClient client = client("--alias", erin).type("first words").endInput();
    client.stdout().await("* You are now connected as " + erin + " in room lobby. Type /help for commands.");
    client.stdout().await(erin + ": first words");
    assertThat(client.exitCode()).isZero();
  }

  @Test
  void aRefusedAliasExitsOneWithTheServersError() {
    String frank = alias("frank");
    try (LineClient holder = LineClient.login(server.port(), frank)) {
      ScriptedClient client = client("--alias", frank);
      assertThat(client.exitCode()).isEqualTo(1);
      assertThat(client.stderr().next()).isEqualTo("relay client: alias taken: " + frank);
    }
  }

  @Test
  void linesArePrintedWithoutTheirCr() {
    ScriptedClient client = client("--alias", alias("gina")).endInput();
    client.stdout().await("* Goodbye");
    assertThat(client.exitCode()).isZero();
    assertThat(client.stdout().seen()).noneMatch(line -> line.contains("\r"));
  }

  @Test
  void roomLinesComeWithoutTheirIdsAndEnteringARoomAgainShowsOnlyItsNewLines() {
    String bob = alias("bob");
    String alice = alias("alice");
    String room = alias("dev");
    ScriptedClient client = client("--alias", bob);
    client.stdout().awaitStartingWith("* You are now connected as " + bob);
    client.type("/join " + room);
    client.stdout().await("* You are now in room " + room);
    try (LineClient other = LineClient.login(server.port(), alice)) {
      other.send("/join " + room);
      other.skipUntil("* You are now in room " + room);
      other.send("one").send("two");
      client.stdout().await(alice + ": one");
      client.stdout().await(alice + ": two");
      client.type("/join lobby");
      client.stdout().await("* You are now in room lobby");
      other.send("three");
      other.skipUntil(alice + ": three");
      client.type("/join " + room);
      client.stdout().await("* You are now in room " + room);
      client.stdout().await("-- history of " + room + ": 3 lines --");
      client.stdout().awaitMatching("-- \\d{4}-\\d\\d-\\d\\d --");
      client.stdout().awaitMatching("\\[\\d\\d:\\d\\d:\\d\\d #3] " + alice + ": three");
      client.stdout().await("-- end of history --");
      client.stderr().await("* 2 lines of " + room + " shown before, not repeated");

      client.type("/history");
      client.stdout().await("-- history of " + room + ": 3 lines --");
      client.stdout().awaitMatching(".*#1] " + alice + ": one");
      client.stdout().awaitMatching(".*#2] " + alice + ": two");
      client.stdout().awaitMatching(".*#3] " + alice + ": three");
      client.stdout().await("-- end of history --");
      client.endInput();
      client.stdout().await("* Goodbye");
      assertThat(client.exitCode()).isZero();
    }
    assertThat(client.stdout().seen())
        .filteredOn(line -> line.endsWith(alice + ": one") || line.endsWith(alice + ": two")).hasSize(4)
        .noneMatch(line -> line.startsWith("[#"));
    assertThat(client.stdout().seen()).noneMatch(line -> line.equals("* room lines now show their ids"));
  }

  private static ScriptedClient client(String... args) {
    return ScriptedClient.startAgainst(server.port(), args);
  }

  private static String alias(String name) {
    return name + NEXT.incrementAndGet();
  }
}

package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.testing.LineClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A lost connection in scripted mode: reconnecting with --retries, giving up without. Each test owns a server. */
class ReconnectTest {

  private TestServer server;

  @BeforeEach
  void startServer() {
    server = TestServer.start();
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  @Test
  void reconnectsWithTheSameAliasAndRejoinsItsRoomAfterTheServerRestarts() {
    ScriptedClient client = client("--alias", "bob", "--retries", "3");
    client.stdout().awaitStartingWith("* You are now connected as bob in room lobby");
    client.type("/join games");
    client.stdout().await("* You are now in room games");

    server.stop();
    client.stderr().awaitMatching("\\* connection lost, reconnecting in [01]\\.\\ds");
    server.restart();

    client.stdout().await("alias?");
    client.stdout().awaitStartingWith("* You are now connected as bob in room lobby");
    client.stdout().await("* You are now in room games");
    try (LineClient alice = LineClient.login(server.port(), "alice")) {
      alice.send("/join games");
      alice.skipUntil("* You are now in room games");
      alice.send("welcome back");
      client.stdout().await("alice: welcome back");
    }
    client.endInput();
    client.stdout().await("* Goodbye");
    assertThat(client.exitCode()).isZero();
  }

  @Test
  void aServerThatLostItsLinesNumbersThemAnewAndTheClientStillShowsThem() {
    try (LoopbackGate gate = LoopbackGate.to(server.port())) {
      ScriptedClient client = ScriptedClient.startAgainst(gate.port(), "--alias", "bob", "--retries", "3");
      client.stdout().awaitStartingWith("* You are now connected as bob in room lobby");
      client.type("/join dev");
      client.stdout().await("* You are now in room dev");
      client.type("one").type("two");
      client.stdout().await("bob: two");

      // This server keeps lines in memory only: restarted, it numbers dev's lines from 1 again.
      gate.shut();
      server.stop();
      client.stderr().awaitMatching("\\* connection lost, reconnecting in [01]\\.\\ds");
      server.restart();
      gate.open();
      client.stdout().await("* You are now in room dev");
      client.stdout().await("-- dev was numbered anew: you may have missed lines; it has no lines now --");
      try (LineClient alice = LineClient.login(server.port(), "alice")) {
        alice.send("/join dev");
        alice.skipUntil("* You are now in room dev");
        alice.send("welcome back");
        client.stdout().await("alice: welcome back");
      }
      client.endInput();
      client.stdout().await("* Goodbye");
      assertThat(client.exitCode()).isZero();
    }
  }

  @Test
  void withoutRetriesALostConnectionExitsOne() {
    ScriptedClient client = client("--alias", "bob");
    client.stdout().awaitStartingWith("* You are now connected as bob");
    server.stop();
    assertThat(client.exitCode()).isEqualTo(1);
    assertThat(client.stderr().seen()).containsExactly("relay client: connection to 127.0.0.1:" + server.port() + " lost");
  }

  @Test
  void givesUpWhenTheRetriesAreUsedUp() {
    ScriptedClient client = client("--alias", "bob", "--retries", "1");
    client.stdout().awaitStartingWith("* You are now connected as bob");
    server.stop();
    client.stderr().awaitMatching("\\* connection lost, reconnecting in [01]\\.\\ds");
    assertThat(client.exitCode()).isEqualTo(1);
    assertThat(client.stderr().next()).isEqualTo("relay client: gave up on 127.0.0.1:" + server.port()
        + " after 1 reconnect attempt (reconnect failed: Connection refused)");
  }

  @Test
  void theEndOfInputWhileWaitingToReconnectExitsZero() {
    ScriptedClient client = client("--alias", "bob", "--retries", "3");
    client.stdout().awaitStartingWith("* You are now connected as bob");
    server.stop();
    client.stderr().awaitMatching("\\* connection lost, reconnecting in [01]\\.\\ds");
    client.endInput();
    assertThat(client.exitCode()).isZero();
  }

  private ScriptedClient client(String... args) {
    return ScriptedClient.startAgainst(server.port(), args);
  }
}

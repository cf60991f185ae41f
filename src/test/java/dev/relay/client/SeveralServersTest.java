package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.testing.LineClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The scripted client given several servers ({@code --host a:P1,b:P2,...}): real Relay servers on loopback,
 * each on its own port, stopped gracefully as an instance of a cluster is in a rolling update.
 */
class SeveralServersTest {

  private final List<TestServer> servers = new ArrayList<>();

  @AfterEach
  void stopServers() {
    servers.forEach(TestServer::close);
  }

  @Test
  void whenItsServerStopsTheClientCarriesOnOnTheNextUnderItsAliasInItsRoom() {
    TestServer first = server();
    TestServer second = server();
    ScriptedClient client = ScriptedClient.start("--host", hosts(first.port(), second.port()),
        "--alias", "bob", "--retries", "3");
    client.stdout().awaitStartingWith("* You are now connected as bob in room lobby");
    client.type("/join dev");
    client.stdout().await("* You are now in room dev");

    first.stop();
    client.stdout().await("* server shutting down, please reconnect");
    client.stderr().awaitMatching("\\* connection lost, reconnecting in [01]\\.\\ds");
    client.stderr().await("* connected to 127.0.0.1:" + second.port());
    client.stdout().await("alias?");
    client.stdout().awaitStartingWith("* You are now connected as bob in room lobby");
    client.stdout().await("* You are now in room dev");

    try (LineClient alice = LineClient.login(second.port(), "alice")) {
      alice.send("/join dev");
      alice.skipUntil("* You are now in room dev");
      alice.send("hello bob");
      client.stdout().await("alice: hello bob");
      client.type("hi alice");
      alice.skipUntil("bob: hi alice");
    }
    client.endInput();
    client.stdout().await("* Goodbye");
    assertThat(client.exitCode()).isZero();
  }

  @Test
  void theNextRoundStartsAfterTheLostServerNotAtTheTopOfTheList() {
    TestServer first = server();
    TestServer second = server();
    TestServer third = server();
    ScriptedClient client = ScriptedClient.start("--host", hosts(first.port(), second.port(), third.port()),
        "--alias", "bob", "--retries", "3");
    client.stdout().awaitStartingWith("* You are now connected as bob in room lobby");

    first.stop();
    client.stderr().await("* connected to 127.0.0.1:" + second.port());
    client.stdout().awaitStartingWith("* You are now connected as bob in room lobby");
    first.restart();

    second.stop();
    client.stderr().await("* connected to 127.0.0.1:" + third.port());
    client.stdout().awaitStartingWith("* You are now connected as bob in room lobby");
    client.endInput();
    client.stdout().await("* Goodbye");
    assertThat(client.exitCode()).isZero();
  }

  @Test
  void aFirstAddressThatRefusesIsSkippedAtStartUp() {
    int refusing = freePort();
    TestServer server = server();
    ScriptedClient client = ScriptedClient.start("--host", hosts(refusing, server.port()), "--alias", "carol");
    client.stderr().await("* connected to 127.0.0.1:" + server.port());
    client.stdout().awaitStartingWith("* You are now connected as carol in room lobby");
    client.endInput();
    client.stdout().await("* Goodbye");
    assertThat(client.exitCode()).isZero();
  }

  @Test
  void theSameServerAgainIsNotAnnounced() {
    TestServer server = server();
    int refusing = freePort();
    ScriptedClient client = ScriptedClient.start("--host", hosts(server.port(), refusing),
        "--alias", "dave", "--retries", "3");
    client.stdout().awaitStartingWith("* You are now connected as dave in room lobby");
    server.stop();
    client.stderr().awaitMatching("\\* connection lost, reconnecting in [01]\\.\\ds");
    server.restart();
    client.stdout().await("alias?");
    client.stdout().awaitStartingWith("* You are now connected as dave in room lobby");
    client.endInput();
    client.stdout().await("* Goodbye");
    assertThat(client.exitCode()).isZero();
    assertThat(client.stderr().seen()).noneMatch(line -> line.startsWith("* connected to"));
  }

  private TestServer server() {
    TestServer server = TestServer.start();
    servers.add(server);
    return server;
  }

  private static String hosts(int... ports) {
    List<String> entries = new ArrayList<>();
    for (int port : ports) {
      entries.add("127.0.0.1:" + port);
    }
    return String.join(",", entries);
  }

  private static int freePort() {
    try (ServerSocket probe = new ServerSocket(0)) {
      return probe.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

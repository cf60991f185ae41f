package dev.relay.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.store.TestDatabases;
import dev.relay.testing.IrcClient;
import dev.relay.testing.LineClient;
import dev.relay.testing.Ports;
import dev.relay.testing.RelayProcess;
import io.vertx.core.json.JsonObject;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The fat jar as a newcomer runs it: {@code java -jar target/relay.jar}. */
class FatJarIT {

  @RegisterExtension
  static final TestDatabases DATABASES = new TestDatabases();

  @Test
  void helpListsTheServerOptionsAndExitsZero() {
    try (RelayProcess relay = RelayProcess.start("--help")) {
      assertThat(relay.awaitExit()).isZero();
      assertThat(relay.printed()).contains("--port", "--host", "--max-line-bytes", "--max-output-bytes",
          "--flood-rate", "--flood-burst", "client");
    }
  }

  @Test
  void clientHelpExitsZero() {
    try (RelayProcess relay = RelayProcess.start("client", "--help")) {
      assertThat(relay.awaitExit()).isZero();
      assertThat(relay.printed()).contains("--host", "--port", "--alias");
    }
  }

  @Test
  void wrongUsageGivesAClearMessageAndExitCodeTwo() {
    try (RelayProcess relay = RelayProcess.start("--port", "lots")) {
      assertThat(relay.awaitExit()).isEqualTo(2);
      assertThat(relay.printed()).contains("--port").contains("lots");
    }
    try (RelayProcess relay = RelayProcess.start("--port", "70000")) {
      assertThat(relay.awaitExit()).isEqualTo(2);
      assertThat(relay.printed()).contains("port (command line): must be 0-65535, got 70000");
    }
    try (RelayProcess relay = RelayProcess.start("--no-such-flag")) {
      assertThat(relay.awaitExit()).isEqualTo(2);
      assertThat(relay.printed()).contains("--no-such-flag");
    }
  }

  @Test
  void clusteredStartWarnsOfNothingAndPutsTheEventBusAHundredPortsAboveHazelcast() throws Exception {
    int hazelcast = Ports.unused();
    Map<String, String> postgres = RelayProcess.postgres(DATABASES.freshPostgres(2));
    try (RelayProcess relay = RelayProcess.start(postgres, "--host", "127.0.0.1", "--port", "0", "--store", "postgres",
        "--cluster", "--cluster-name", "relay-it-" + UUID.randomUUID(), "--cluster-host", "127.0.0.1",
        "--cluster-port", "" + hazelcast)) {
      relay.awaitListening();
      assertThat(relay.printed())
          .contains("(Hazelcast port " + hazelcast + ", event-bus port " + (hazelcast + 100) + ")")
          .doesNotContain("WARN")
          .doesNotContain("modular environment");
    }
  }

  @Test
  void environmentVariablesConfigureTheServerAndFlagsWinOverThem() {
    Map<String, String> env = Map.of("RELAY_HOST", "127.0.0.1", "RELAY_PORT", "1", "RELAY_LIMITS_MAX_LINE_BYTES", "100");
    try (RelayProcess relay = RelayProcess.start(env, "--port", "0")) {
      int port = relay.awaitListening();
      assertThat(relay.printed()).contains("Relay listening on 127.0.0.1:").contains("; " + expectedTransport() + ", direct socket writes");
      try (LineClient alice = LineClient.login(port, "alice")) {
        alice.send("x".repeat(101));
        alice.expect("! line too long (over 100 bytes), discarded");
      }
    }
  }

  @Test
  void theReadmesLauncherRunsTheServerWithTheJvmFlagsItWasMeasuredWith() {
    try (RelayProcess relay = RelayProcess.launch("--host", "127.0.0.1", "--port", "0")) {
      int port = relay.awaitListening();
      assertThat(relay.commandLine()).contains("-XX:+UseSerialGC", "-Xmn16m", "-XX:TrimNativeHeapInterval=1000");
      try (LineClient alice = LineClient.login(port, "alice")) {
        alice.send("hello through bin/relay");
        alice.expect("alice: hello through bin/relay");
      }
      relay.terminate();
      assertThat(relay.awaitExit()).isZero();
    }
  }

  @Test
  void badEnvironmentValueStopsStartUpNamingTheVariable() {
    try (RelayProcess relay = RelayProcess.start(Map.of("RELAY_LIMITS_FLOOD_RATE", "fast"))) {
      assertThat(relay.awaitExit()).isEqualTo(2);
      assertThat(relay.printed()).contains("limits.floodRate (RELAY_LIMITS_FLOOD_RATE): expected a number, got 'fast'");
    }
  }

  @Test
  void jsonLogsAreOneObjectPerLineAndNeverCarryWhatUsersSay() {
    try (RelayProcess relay = RelayProcess.start(Map.of("RELAY_LOG_FORMAT", "json"), "--host", "127.0.0.1", "--port", "0")) {
      int port = relay.awaitListening();
      try (LineClient alice = LineClient.login(port, "alice")) {
        alice.send("my secret words");
        alice.expect("alice: my secret words");
        alice.send("/quit");
        alice.readUntilClosed();
      }
      relay.awaitLine(l -> l.contains("alice disconnected"));
      relay.terminate();
      assertThat(relay.awaitExit()).isZero();
      List<String> lines = relay.printed().lines().toList();
      assertThat(lines).hasSizeGreaterThan(3);
      for (String line : lines) {
        JsonObject event = new JsonObject(line);
        assertThat(event.getString("level")).isNotBlank();
        assertThat(event.getString("formattedMessage")).isNotNull();
      }
      assertThat(relay.printed()).contains("alice connected").doesNotContain("secret");
    }
  }

  @Test
  void portInUseIsAClearErrorAndExitCodeOne() throws Exception {
    try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress());
        RelayProcess relay = RelayProcess.start("--host", "127.0.0.1", "--port", "" + taken.getLocalPort())) {
      assertThat(relay.awaitExit()).isEqualTo(1);
      assertThat(relay.printed()).contains("cannot start");
    }
  }

  @Test
  void serverRunsAloneAndTwoPeopleChat() {
    try (RelayProcess relay = RelayProcess.start("--host", "127.0.0.1", "--port", "0")) {
      int port = relay.awaitListening();
      try (LineClient alice = LineClient.login(port, "alice");
          LineClient bob = LineClient.login(port, "bob")) {
        alice.expect("* bob has joined lobby");
        bob.send("hi alice");
        alice.expect("bob: hi alice");
        bob.expect("bob: hi alice");
      }
    }
  }

  @Test
  void aServerRestartedOnTheSameDataDirectoryKnowsWhoRegistered(@TempDir Path dir) {
    Map<String, String> env = RelayProcess.dataDir(dir);
    try (RelayProcess relay = RelayProcess.start(env, "--host", "127.0.0.1", "--port", "0")) {
      int port = relay.awaitListening();
      assertThat(relay.printed()).contains("Accounts kept in the embedded database " + dir.toAbsolutePath());
      try (LineClient alice = LineClient.login(port, "alice")) {
        alice.send("/register correct horse");
        alice.expect("* alice is registered to you now: only you may use it, with your password.");
      }
      relay.terminate();
      assertThat(relay.awaitExit()).isZero();
    }
    try (RelayProcess relay = RelayProcess.start(env, "--host", "127.0.0.1", "--port", "0");
        LineClient alice = LineClient.connect(relay.awaitListening())) {
      alice.expect("alias?").send("alice");
      alice.expect("password?").send("correct horse");
      alice.expect("* You are now connected as alice in room lobby. Type /help for commands.");
    }
  }

  @Test
  void theJarsIrcGatewayIsNamedInTheStartLineAndSharesTheChat() {
    int ircPort = Ports.unused();
    try (RelayProcess relay = RelayProcess.start("--host", "127.0.0.1", "--port", "0", "--irc-port", "" + ircPort)) {
      int port = relay.awaitListening();
      assertThat(relay.printed()).contains("; IRC on port " + ircPort + ";");
      try (IrcClient irc = IrcClient.register(ircPort, "ircuser");
          LineClient line = LineClient.login(port, "lineuser")) {
        irc.join("#lobby");
        line.skipUntil("* ircuser has joined lobby");
        line.send("hello irc");
        irc.expect(":lineuser!lineuser@relay PRIVMSG #lobby :hello irc");
      }
    }
  }

  /** The jar carries Netty's epoll library for Linux on x86_64; anywhere else Vert.x uses NIO. */
  private static String expectedTransport() {
    boolean epoll = System.getProperty("os.name").equals("Linux")
        && List.of("amd64", "x86_64").contains(System.getProperty("os.arch"));
    return (epoll ? "epoll" : "NIO") + " transport";
  }
}

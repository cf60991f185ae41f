package dev.relay.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.store.StoreConfig;
import dev.relay.store.TestDatabases;
import dev.relay.testing.AccountsServer;
import dev.relay.testing.LineClient;
import dev.relay.testing.TestCluster;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Accounts across three instances sharing one real PostgreSQL (docs/PROTOCOL.md 9, docs/CLUSTER.md): an account
 * registered on one instance logs in on another, failed logins count on all together, accounts outlive a
 * restart of every instance's server, and a moderator's /kill reaches a member on another instance.
 */
class ClusterAccountsTest {

  @RegisterExtension
  static final TestDatabases DATABASES = new TestDatabases();
  private static final String PASSWORD = "correct horse";

  private TestCluster cluster;
  private StoreConfig store;
  private final List<AccountsServer> servers = new ArrayList<>();

  @BeforeEach
  void start() {
    store = DATABASES.freshPostgres(2);
    cluster = TestCluster.join(3);
    for (int i = 0; i < 3; i++) {
      servers.add(AccountsServer.start(cluster.node(i), store));
    }
  }

  @AfterEach
  void stop() {
    servers.forEach(AccountsServer::close);
    cluster.close();
  }

  private void registerAliceOn(int instance) {
    try (LineClient alice = LineClient.login(servers.get(instance).port(), "alice")) {
      alice.send("/register " + PASSWORD);
      alice.expect("* alice is registered to you now: only you may use it, with your password.");
    }
  }

  @Test
  void anAccountRegisteredOnOneInstanceLogsInOnAnotherAndIsRefusedToGuestsEverywhere() {
    registerAliceOn(0);
    try (LineClient alice = LineClient.connect(servers.get(2).port())) {
      alice.expect("alias?").send("alice:" + PASSWORD);
      alice.expectStartsWith("* You are now connected as alice");
    }
    awaitPasswordPrompt(servers.get(1).port(), Duration.ofSeconds(10));
  }

  @Test
  void failedLoginsCountOnEveryInstanceTogether() {
    registerAliceOn(0);
    for (int instance = 0; instance < 2; instance++) {
      try (LineClient guesser = LineClient.connect(servers.get(instance).port())) {
        for (int i = 0; i < 2; i++) {
          guesser.expect("alias?").send("alice:guess " + i);
          guesser.expect("! wrong password for alice");
        }
      }
    }
    try (LineClient guesser = LineClient.connect(servers.get(2).port())) {
      guesser.expect("alias?").send("alice:" + PASSWORD);
      assertThat(guesser.readLine()).matches("! too many attempts, try again in \\d+ s");
    }
  }

  @Test
  void accountsOutliveARestartOfEveryInstancesServer() {
    registerAliceOn(1);
    for (int i = 0; i < 3; i++) {
      servers.get(i).close();
      servers.set(i, AccountsServer.start(cluster.node(i), store));
    }
    for (AccountsServer server : servers) {
      try (LineClient alice = LineClient.connect(server.port())) {
        alice.expect("alias?").send("alice");
        alice.expect("password?").send(PASSWORD);
        alice.expectStartsWith("* You are now connected as alice");
      }
    }
  }

  @Test
  void anAdministratorOnOneInstanceDisconnectsAGuestOnAnother() {
    try (LineClient root = LineClient.login(servers.get(0).port(), "root");
        LineClient carol = LineClient.login(servers.get(2).port(), "carol")) {
      root.send("/register " + PASSWORD);
      root.skipUntil(line -> line.startsWith("* resume token: "));
      root.send("/kill carol flooding");
      root.skipUntil("* carol was disconnected by root: flooding");
      assertThat(carol.readUntilClosed()).contains("! you were disconnected by root: flooding");
    }
  }

  /**
   * A guest asks for alice on {@code port} until that instance has heard of the registration (one event-bus hop
   * after it): from then on it asks for her password.
   */
  private static void awaitPasswordPrompt(int port, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      try (LineClient guest = LineClient.connect(port)) {
        guest.expect("alias?").send("alice");
        if (guest.readLine().equals("password?")) {
          return;
        }
      }
      assertThat(System.nanoTime()).as("the registration reaches every instance within " + within)
          .isLessThan(deadline);
    }
  }
}

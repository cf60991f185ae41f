package dev.relay.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.store.TestDatabases;
import dev.relay.testing.AccountsCluster;
import dev.relay.testing.LineClient;
import java.time.Duration;
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

  private AccountsCluster cluster;

  @BeforeEach
  void start() {
    cluster = AccountsCluster.start(3, DATABASES.freshPostgres(2));
  }

  @AfterEach
  void stop() {
    cluster.close();
  }

  private void registerAliceOn(int instance) {
    try (LineClient alice = LineClient.login(cluster.port(instance), "alice")) {
      alice.send("/register " + PASSWORD);
      alice.expect("* alice is registered to you now: only you may use it, with your password.");
    }
  }

  @Test
  void anAccountRegisteredOnOneInstanceLogsInOnAnotherAndIsRefusedToGuestsEverywhere() {
    registerAliceOn(0);
    try (LineClient alice = LineClient.connect(cluster.port(2))) {
      alice.expect("alias?").send("alice:" + PASSWORD);
      alice.expectStartsWith("* You are now connected as alice");
    }
    awaitPasswordPrompt(cluster.port(1), Duration.ofSeconds(10));
  }

  @Test
  void failedLoginsCountOnEveryInstanceTogether() {
    registerAliceOn(0);
    for (int instance = 0; instance < 2; instance++) {
      try (LineClient guesser = LineClient.connect(cluster.port(instance))) {
        for (int i = 0; i < 2; i++) {
          guesser.expect("alias?").send("alice:guess " + i);
          guesser.expect("! wrong password for alice");
        }
      }
    }
    try (LineClient guesser = LineClient.connect(cluster.port(2))) {
      guesser.expect("alias?").send("alice:" + PASSWORD);
      assertThat(guesser.readLine()).matches("! too many attempts, try again in \\d+ s");
    }
  }

  @Test
  void accountsOutliveARestartOfEveryInstancesServer() {
    registerAliceOn(1);
    for (int i = 0; i < cluster.size(); i++) {
      cluster.restart(i);
    }
    for (int i = 0; i < cluster.size(); i++) {
      try (LineClient alice = LineClient.connect(cluster.port(i))) {
        alice.expect("alias?").send("alice");
        alice.expect("password?").send(PASSWORD);
        alice.expectStartsWith("* You are now connected as alice");
      }
    }
  }

  @Test
  void anAdministratorOnOneInstanceDisconnectsAGuestOnAnother() {
    try (LineClient root = LineClient.login(cluster.port(0), "root");
        LineClient carol = LineClient.login(cluster.port(2), "carol")) {
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

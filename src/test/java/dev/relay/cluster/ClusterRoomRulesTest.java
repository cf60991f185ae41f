package dev.relay.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.store.TestDatabases;
import dev.relay.testing.AccountsCluster;
import dev.relay.testing.LineClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Rooms' rules across three instances sharing one real PostgreSQL (docs/PROTOCOL.md 10, docs/CLUSTER.md): a ban set
 * on one instance puts the member out on another at once and keeps it out everywhere; a server ban disconnects on
 * whichever instance the member is; a registered room's ranks and bans outlive a restart of every instance.
 */
class ClusterRoomRulesTest {

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

  private LineClient guest(int instance, String alias) {
    return LineClient.login(cluster.port(instance), alias);
  }

  private static void skipTo(LineClient client, String prefix) {
    client.skipUntil(line -> line.startsWith(prefix));
  }

  /** Reads until a line starting with each prefix has come, in either order. */
  private static void skipToBoth(LineClient client, String first, String second) {
    boolean[] seen = new boolean[2];
    client.skipUntil(line -> {
      seen[0] |= line.startsWith(first);
      seen[1] |= line.startsWith(second);
      return seen[0] && seen[1];
    });
  }

  private static void moveTo(LineClient client, String room) {
    client.send("/join " + room);
    skipTo(client, "* You are now in room " + room);
  }

  @Test
  void aBanSetOnOneInstancePutsTheMemberOutOnAnotherAndKeepsItOutOnAll() {
    try (LineClient alice = guest(0, "alice"); LineClient bob = guest(2, "bob"); LineClient carol = guest(1, "carol")) {
      moveTo(alice, "dev");
      moveTo(carol, "dev");
      moveTo(bob, "dev");
      skipTo(alice, "* bob has joined dev");
      alice.send("/ban bob 1h trolling");
      skipTo(bob, "* bob was kicked by alice: banned: trolling");
      skipTo(bob, "* You are now in room lobby");
      // The ban comes from alice's instance, the kick from bob's: a third instance may hear either first.
      skipToBoth(carol, "* alice banned bob from dev until ", "* bob was kicked by alice: banned: trolling");
      bob.send("/join dev");
      skipTo(bob, "! you are banned from dev until ");
    }
  }

  @Test
  void aServerBanDisconnectsTheMemberOnItsOwnInstance() {
    try (LineClient root = guest(0, "root")) {
      root.send("/register " + PASSWORD);
      skipTo(root, "* root is registered to you now");
      try (LineClient bob = guest(2, "bob")) {
        root.send("/gban bob spam");
        skipTo(root, "* root banned bob from the chat: spam");
        assertThat(bob.readUntilClosed()).contains("! you are banned from the chat: spam");
      }
      try (LineClient again = LineClient.connect(cluster.port(1))) {
        again.expect("alias?").send("bob");
        assertThat(again.readUntilClosed()).contains("! you are banned from the chat: spam");
      }
    }
  }

  @Test
  void aRegisteredRoomsRanksAndBansOutliveARestartOfEveryInstance() {
    try (LineClient alice = guest(0, "alice"); LineClient bob = guest(1, "bob")) {
      alice.send("/register " + PASSWORD);
      skipTo(alice, "* alice is registered to you now");
      bob.send("/register " + PASSWORD);
      skipTo(bob, "* bob is registered to you now");
      moveTo(alice, "dev");
      alice.send("/room register");
      skipTo(alice, "* alice registered dev");
      moveTo(bob, "dev");
      skipTo(alice, "* bob has joined dev");
      alice.send("/voice bob");
      skipTo(bob, "* alice gave bob voice in dev");
      alice.send("/ban mallory");
      skipTo(alice, "* alice banned mallory from dev");
    }
    cluster.restartAll();
    try (LineClient bob = LineClient.connect(cluster.port(2)); LineClient mallory = guest(1, "mallory")) {
      bob.expect("alias?").send("bob:" + PASSWORD);
      bob.expectStartsWith("* You are now connected as bob");
      moveTo(bob, "dev");
      skipTo(bob, "* You have voice in dev");
      mallory.send("/join dev");
      skipTo(mallory, "! you are banned from dev");
    }
  }
}

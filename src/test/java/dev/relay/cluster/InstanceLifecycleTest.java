package dev.relay.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.testing.LineClient;
import dev.relay.testing.TestCluster;
import org.junit.jupiter.api.Test;

/** Instances coming, going and dying while users chat. Each test has a cluster of its own. */
class InstanceLifecycleTest {

  @Test
  void stoppedInstanceTellsItsClientsToReconnectAndItsAliasesAreFreeAtOnce() {
    try (TestCluster cluster = TestCluster.start(3);
        LineClient stays = LineClient.login(cluster.port(0), "stays");
        LineClient goes = LineClient.login(cluster.port(2), "goes")) {
      stays.skipUntil("* goes has joined lobby");
      cluster.stop(2);
      assertThat(goes.readUntilClosed()).last().isEqualTo("* server shutting down, please reconnect");
      stays.expect("* goes has left lobby (server shutting down)");
      try (LineClient again = LineClient.login(cluster.port(1), "goes")) {
        stays.expect("* goes has joined lobby");
        again.send("back on another instance");
        stays.expect("goes: back on another instance");
      }
    }
  }

  @Test
  void crashedInstanceUsersLeaveTheirRoomsAndTheSurvivorsChatOn() {
    try (TestCluster cluster = TestCluster.start(3);
        LineClient first = LineClient.login(cluster.port(0), "first");
        LineClient doomed = LineClient.login(cluster.port(1), "doomed");
        LineClient third = LineClient.login(cluster.port(2), "third")) {
      first.skipUntil("* third has joined lobby");
      doomed.skipUntil("* third has joined lobby");
      cluster.crash(1);
      first.expect("* doomed has left lobby (server lost)");
      third.expect("* doomed has left lobby (server lost)");
      try (LineClient again = LineClient.login(cluster.port(0), "doomed")) {
        third.expect("* doomed has joined lobby");
        third.send("still here");
        first.skipUntil("third: still here");
        again.skipUntil("third: still here");
      }
    }
  }

  @Test
  void instanceStartingLaterSeesEveryoneAlreadyChatting() {
    try (TestCluster cluster = TestCluster.join(3)) {
      cluster.startServer(0);
      cluster.startServer(1);
      try (LineClient early = LineClient.login(cluster.port(0), "early");
          LineClient earlier = LineClient.login(cluster.port(1), "earlier")) {
        earlier.send("/join den");
        earlier.skipUntil("* You are now in room den");
        cluster.startServer(2);
        try (LineClient late = LineClient.connect(cluster.port(2))) {
          late.expect("alias?").send("EARLY");
          late.expect("! alias taken: EARLY");
          late.expect("alias?").send("late");
          late.skipUntil(l -> l.startsWith("* You are now connected as late"));
          late.send("/who");
          late.expect("* 2 members in lobby:");
          late.expect("*   early, late");
          late.send("/join den");
          earlier.skipUntil("* late has joined den");
          late.send("/who");
          late.skipUntil("*   earlier, late");
        }
      }
    }
  }
}

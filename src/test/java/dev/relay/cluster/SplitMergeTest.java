package dev.relay.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.testing.LineClient;
import dev.relay.testing.TestCluster;
import io.vertx.core.shareddata.AsyncMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What happens to aliases when a network split heals (docs/CLUSTER.md). A real split cannot be made
 * inside one JVM, so these tests leave the registry as a merge would and run the reconciliation that a
 * merge triggers.
 */
class SplitMergeTest {

  private static TestCluster cluster;

  @BeforeAll
  static void startCluster() {
    cluster = TestCluster.start(2);
  }

  @AfterAll
  static void stopCluster() {
    cluster.close();
  }

  private static AsyncMap<String, String> aliases() throws Exception {
    return cluster.node(1).vertx().sharedData().<String, String>getClusterWideMap(ClusterAliases.MAP_NAME)
        .await(10, TimeUnit.SECONDS);
  }

  @Test
  void memberWhoseAliasWentToTheOtherSideIsToldAndDisconnected() throws Exception {
    try (LineClient loser = LineClient.login(cluster.port(0), "twin");
        LineClient witness = LineClient.login(cluster.port(1), "witness-1")) {
      loser.skipUntil("* witness-1 has joined lobby");
      String otherSide = cluster.node(1).nodeId() + " relay.edge.0 999";
      aliases().put("twin", otherSide).await(10, TimeUnit.SECONDS);
      cluster.server(0).reconcileAliases().await(10, TimeUnit.SECONDS);
      assertThat(loser.readUntilClosed())
          .containsExactly("! alias twin was taken on the other side of a network split; reconnect with another");
      witness.skipUntil("* twin has left lobby (alias taken during a network split)");
    }
  }

  @Test
  void memberWhoseAliasWasSweptGetsItBack() throws Exception {
    try (LineClient keeper = LineClient.login(cluster.port(0), "keeper");
        LineClient witness = LineClient.login(cluster.port(1), "witness-2")) {
      aliases().remove("keeper").await(10, TimeUnit.SECONDS);
      cluster.server(0).reconcileAliases().await(10, TimeUnit.SECONDS);
      try (LineClient impostor = LineClient.connect(cluster.port(1))) {
        impostor.expect("alias?").send("keeper");
        impostor.expect("! alias taken: keeper");
      }
      keeper.send("still mine");
      witness.skipUntil("keeper: still mine");
    }
  }
}

package dev.relay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.testing.TestCluster;
import io.vertx.core.json.JsonObject;
import org.junit.jupiter.api.Test;

/** The cluster scenario over two clustered instances: members on both get every message once. */
class ClusterScenarioTest {

  @Test
  void everyMemberOnEitherInstanceGetsEveryMessage() {
    try (TestCluster cluster = TestCluster.start(2)) {
      String targets = "127.0.0.1:" + cluster.port(0) + ",127.0.0.1:" + cluster.port(1);

      BenchRun run = BenchRun.of("cluster", "--targets", targets, "--clients", "20", "--senders", "2",
          "--warmup", "0.5", "--duration", "1.5");

      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      JsonObject result = run.result();
      assertThat(result.getJsonArray("targets")).hasSize(2);
      assertThat(result.getInteger("connected")).isEqualTo(20);
      assertThat(result.getLong("sent")).isPositive();
      assertThat(result.getLong("deliveries")).isEqualTo(result.getLong("sent") * 19);
      assertThat(result.getLong("totalDeliveries")).isEqualTo(result.getLong("expectedDeliveries"));
      assertThat(result.getLong("lost") + result.getLong("duplicated") + result.getLong("reordered")).isZero();
      assertThat(result.getBoolean("ok")).isTrue();
    }
  }
}

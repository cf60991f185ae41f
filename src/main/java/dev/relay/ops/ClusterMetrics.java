package dev.relay.ops;

import dev.relay.cluster.ClusterNode;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The cluster as an operator watches it: how many instances this one sees ({@code relay_cluster_members};
 * fewer than the replicas means a lost member or a split) and whether every partition has its backup
 * ({@code relay_cluster_safe}, Hazelcast's cluster-safe check, which readiness also uses).
 *
 * <p>The safety check may ask other members, so it runs on a worker every {@link #SAFETY_CHECK_MS} and the
 * gauge reads its last answer: a scrape never waits on the cluster.
 */
public final class ClusterMetrics {

  public static final String MEMBERS = "relay.cluster.members";
  public static final String SAFE = "relay.cluster.safe";
  static final long SAFETY_CHECK_MS = 2000;

  private ClusterMetrics() {
  }

  public static void register(MeterRegistry registry, ClusterNode node) {
    Gauge.builder(MEMBERS, node.manager(), manager -> manager.getNodes().size())
        .description("Instances in the cluster as this one sees it").register(registry);
    AtomicInteger safe = new AtomicInteger();
    Gauge.builder(SAFE, safe, AtomicInteger::get)
        .description("1 when every partition of the cluster's data has its backup, else 0").register(registry);
    Vertx vertx = node.vertx();
    vertx.setPeriodic(0, SAFETY_CHECK_MS, id -> vertx.executeBlocking(
            () -> node.manager().getHazelcastInstance().getPartitionService().isClusterSafe(), false)
        .onSuccess(isSafe -> safe.set(isSafe ? 1 : 0))
        .onFailure(e -> safe.set(0)));
  }
}

package dev.relay.cluster;

import com.hazelcast.core.LifecycleEvent;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxBuilder;
import io.vertx.core.VertxOptions;
import io.vertx.core.eventbus.EventBusOptions;
import io.vertx.core.spi.VertxMetricsFactory;
import io.vertx.spi.cluster.hazelcast.HazelcastClusterManager;

/** A clustered Vert.x instance: this process's membership in the chat's Hazelcast cluster. */
public final class ClusterNode {

  /**
   * Longest a graceful leave (at {@code vertx.close()}) waits for this member's partitions to migrate to the
   * others; past it Hazelcast leaves anyway and the backups on the others take over.
   */
  public static final int GRACEFUL_LEAVE_SECONDS = 10;
  /** Longest an instance waits at start to join the cluster before it gives up. */
  public static final int JOIN_TIMEOUT_SECONDS = 120;

  private final Vertx vertx;
  private final HazelcastClusterManager manager;

  private ClusterNode(Vertx vertx, HazelcastClusterManager manager) {
    this.vertx = vertx;
    this.manager = manager;
  }

  /** Starts Hazelcast and a clustered Vert.x on it; completes once this instance has joined. */
  public static Future<ClusterNode> join(ClusterSettings settings, VertxOptions options) {
    return join(settings, options, null);
  }

  /** The same, with Vert.x's metrics going to {@code metrics} (null for none). */
  public static Future<ClusterNode> join(ClusterSettings settings, VertxOptions options, VertxMetricsFactory metrics) {
    HazelcastClusterManager manager = new HazelcastClusterManager(HazelcastSetup.config(settings));
    EventBusOptions bus = new EventBusOptions(options.getEventBusOptions()).setPort(settings.busPort());
    if (settings.host() != null) {
      bus.setHost(settings.host());
    }
    VertxBuilder builder = Vertx.builder().with(new VertxOptions(options).setEventBusOptions(bus)).withClusterManager(manager);
    if (metrics != null) {
      builder.withMetrics(metrics);
    }
    return builder.buildClustered()
        .map(vertx -> new ClusterNode(vertx, manager));
  }

  public Vertx vertx() {
    return vertx;
  }

  public HazelcastClusterManager manager() {
    return manager;
  }

  public String nodeId() {
    return manager.getNodeId();
  }

  /**
   * Calls {@code action} (on a Hazelcast thread) each time this instance's side of a network split merges
   * back with the other side's.
   */
  public void onMerged(Runnable action) {
    manager.getHazelcastInstance().getLifecycleService().addLifecycleListener(event -> {
      if (event.getState() == LifecycleEvent.LifecycleState.MERGED) {
        action.run();
      }
    });
  }
}

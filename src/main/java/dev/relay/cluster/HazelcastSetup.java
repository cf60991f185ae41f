package dev.relay.cluster;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.NetworkConfig;
import io.vertx.spi.cluster.hazelcast.ConfigUtil;

/**
 * Turns {@link ClusterSettings} into Hazelcast's configuration: Vert.x's required maps from its default
 * file, discovery by member list or Kubernetes DNS (never multicast), and failure detection fast enough
 * to free a dead instance's aliases within seconds rather than Hazelcast's default minute.
 */
final class HazelcastSetup {

  /** Heartbeat every second; a member silent for this long is dropped. */
  static final int MAX_SILENT_SECONDS = 8;

  private HazelcastSetup() {
  }

  static Config config(ClusterSettings settings) {
    Config config = ConfigUtil.loadConfig();
    config.setClusterName(settings.name());
    config.setProperty("hazelcast.logging.type", "slf4j");
    config.setProperty("hazelcast.phone.home.enabled", "false");
    config.setProperty("hazelcast.heartbeat.interval.seconds", "1");
    config.setProperty("hazelcast.max.no.heartbeat.seconds", String.valueOf(MAX_SILENT_SECONDS));
    config.setProperty("hazelcast.wait.seconds.before.join", "0");
    config.setProperty("hazelcast.max.wait.seconds.before.join", "1");
    // A graceful leave hands this member's partitions to the others first; bounded so that it fits the
    // shutdown budget instead of Hazelcast's default of ten minutes.
    config.setProperty("hazelcast.graceful.shutdown.max.wait", String.valueOf(ClusterNode.GRACEFUL_LEAVE_SECONDS));
    // After a network split heals, merge within half a minute instead of five.
    config.setProperty("hazelcast.merge.first.run.delay.seconds", "20");
    config.setProperty("hazelcast.merge.next.run.delay.seconds", "20");

    // A room's line counter outlives a quiet spell of an hour; after that the next line restarts it from the store.
    config.addMapConfig(new MapConfig(ClusterSequencer.MAP_NAME).setBackupCount(1).setMaxIdleSeconds(3600));

    NetworkConfig network = config.getNetworkConfig();
    network.setPort(settings.port()).setPortAutoIncrement(false);
    if (settings.host() != null) {
      config.setProperty("hazelcast.local.localAddress", settings.host());
      config.setProperty("hazelcast.socket.bind.any", "false");
      network.setPublicAddress(settings.host() + ":" + settings.port());
    }
    JoinConfig join = network.getJoin();
    join.getMulticastConfig().setEnabled(false);
    join.getAutoDetectionConfig().setEnabled(false);
    if (settings.dns() != null) {
      // Without service-port, Hazelcast's DNS discovery contacts port 5701 whatever cluster.port says, and an
      // instance on any other port forms a cluster of its own.
      join.getKubernetesConfig().setEnabled(true).setProperty("service-dns", settings.dns())
          .setProperty("service-port", String.valueOf(settings.port()));
    } else {
      join.getTcpIpConfig().setEnabled(true).setConnectionTimeoutSeconds(2);
      settings.members().forEach(join.getTcpIpConfig()::addMember);
      if (settings.members().isEmpty() && settings.host() != null) {
        join.getTcpIpConfig().addMember(settings.host() + ":" + settings.port());
      }
    }
    return config;
  }
}

package dev.relay.config;

import dev.relay.cluster.ClusterSettings;
import dev.relay.server.ServerConfig;

/**
 * Everything an instance runs with, validated and immutable.
 *
 * @param server  the chat port and its limits
 * @param cluster how to join the other instances, or null to run alone
 */
public record RelayConfig(ServerConfig server, ClusterSettings cluster) {

  static RelayConfig from(ConfigValues v) {
    try {
      return build(v);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  private static RelayConfig build(ConfigValues v) {
    int instances = v.integer(Settings.INSTANCES);
    ServerConfig server = new ServerConfig(v.text(Settings.HOST), v.integer(Settings.PORT),
        instances == 0 ? Runtime.getRuntime().availableProcessors() : instances,
        v.integer(Settings.MAX_LINE_BYTES), v.integer(Settings.MAX_OUTPUT_BYTES),
        v.number(Settings.FLOOD_RATE), v.integer(Settings.FLOOD_BURST));
    ClusterSettings cluster = null;
    if (v.flag(Settings.CLUSTER_ENABLED)) {
      cluster = new ClusterSettings(v.text(Settings.CLUSTER_NAME), blankToNull(v.text(Settings.CLUSTER_HOST)),
          v.integer(Settings.CLUSTER_PORT), v.integer(Settings.CLUSTER_BUS_PORT), v.list(Settings.CLUSTER_MEMBERS),
          blankToNull(v.text(Settings.CLUSTER_DNS)));
    }
    return new RelayConfig(server, cluster);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text;
  }
}

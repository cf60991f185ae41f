package dev.relay.cluster;

import java.util.List;

/**
 * How this instance finds and joins the others.
 *
 * @param name      the cluster's name: instances with another name never merge with this one
 * @param host      the address this instance binds and advertises for Hazelcast and the event bus;
 *                  null lets Hazelcast choose
 * @param port      Hazelcast's member port
 * @param busPort   the clustered event bus's port; 0 picks a free one, {@link #DERIVED_BUS_PORT} takes
 *                  {@code port + }{@link #BUS_PORT_OFFSET}
 * @param members   static discovery: {@code host:port} of the members to contact (may include this one)
 * @param dns       Kubernetes discovery: the headless Service's DNS name, looked up for the pods' addresses
 */
public record ClusterSettings(String name, String host, int port, int busPort, List<String> members, String dns) {

  /** The configured bus port that means "derived from the Hazelcast port". */
  public static final int DERIVED_BUS_PORT = -1;
  /**
   * A derived bus port is the Hazelcast port plus this: instances on one machine numbered by their Hazelcast
   * port (5701, 5702, 5703) then never take each other's ports.
   */
  public static final int BUS_PORT_OFFSET = 100;

  public ClusterSettings {
    members = List.copyOf(members);
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("cluster port must be 1-65535, got " + port);
    }
    if (busPort == DERIVED_BUS_PORT) {
      if (port + BUS_PORT_OFFSET > 65535) {
        throw new IllegalArgumentException("cluster port " + port + " leaves no room for the event-bus port"
            + " (cluster port + " + BUS_PORT_OFFSET + "); give the bus port");
      }
      busPort = port + BUS_PORT_OFFSET;
    }
    if (busPort < 0 || busPort > 65535) {
      throw new IllegalArgumentException("cluster bus port must be 0-65535, got " + busPort);
    }
    for (String member : members) {
      if (!member.matches("[^:\\s]+(:\\d{1,5})?")) {
        throw new IllegalArgumentException("cluster member must be HOST or HOST:PORT, got '" + member + "'");
      }
    }
    if (dns != null && !members.isEmpty()) {
      throw new IllegalArgumentException("give cluster members or a cluster DNS name, not both");
    }
  }

  /** A member of a cluster on this machine's loopback, as tests and local tries run it. */
  public static ClusterSettings loopback(String name, int port, List<String> members) {
    return new ClusterSettings(name, "127.0.0.1", port, 0, members, null);
  }
}

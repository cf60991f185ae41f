package dev.relay.edge;

/** What the chat sockets get beyond Vert.x's defaults, in the words of the start-up log line. */
public final class SocketOptions {

  private SocketOptions() {
  }

  /** Direct writes, TCP keepalive and the PROXY protocol as {@code config} and this Vert.x allow them. */
  public static String describe(ServerConfig config) {
    return DirectWrites.probe().describe() + "; " + new Keepalive(config.keepaliveIdleSeconds()).describe() + "; "
        + (config.proxyProtocol()
            ? ProxyRefusals.probe(config.limits().proxyHeaderTimeoutSeconds()).describe()
            : "no PROXY protocol");
  }
}

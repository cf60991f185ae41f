package dev.relay.edge;

import dev.relay.bus.Addresses;
import dev.relay.bus.EdgeEvent;
import dev.relay.ops.RelayMetrics;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Owns the chat ports ({@link ChatPort}: the line protocol's, IRC's, each plain and over TLS) on one event loop:
 * accepts sockets (after their PROXY protocol header, when configured), hands each to an {@link EdgeConnection}
 * with the {@link Session} of its port's front end, and applies the hub's events to them. Every port shares the
 * one listener, so members of every dialect meet in its room index. Deployed once per event loop; Vert.x spreads
 * new connections over the instances.
 */
public final class ListenerVerticle extends VerticleBase {

  private final ServerConfig config;
  private final RelayMetrics metrics;
  private final String nodeId;
  private final int index;
  private final List<ChatPort> ports;
  private final List<HttpPort> httpPorts;
  private final Map<String, NetServer> servers = new LinkedHashMap<>();
  private final Map<String, HttpPort.Bound> httpServers = new LinkedHashMap<>();

  public ListenerVerticle(ServerConfig config, RelayMetrics metrics, String nodeId, int index, List<ChatPort> ports,
      List<HttpPort> httpPorts) {
    this.config = config;
    this.metrics = metrics;
    this.nodeId = nodeId;
    this.index = index;
    this.ports = List.copyOf(ports);
    this.httpPorts = List.copyOf(httpPorts);
  }

  @Override
  public Future<?> start() {
    String address = Addresses.edge(index);
    Listener listener = new Listener(vertx, context, config, metrics, nodeId, address, new FlushScheduler(context, metrics));
    Future<Void> consuming = vertx.eventBus()
        .<EdgeEvent>localConsumer(address, message -> listener.onEvent(message.body()))
        .completion();
    for (ChatPort port : ports) {
      NetServerOptions options = new NetServerOptions().setHost(config.host()).setPort(port.bindPort())
          .setUseProxyProtocol(config.proxyProtocol())
          .setProxyProtocolTimeout(config.limits().proxyHeaderTimeoutSeconds())
          .setProxyProtocolTimeoutUnit(TimeUnit.SECONDS);
      if (port.tls()) {
        options.setSsl(true).setKeyCertOptions(
            new PemKeyCertOptions().setCertPath(config.tls().certPath()).setKeyPath(config.tls().keyPath()));
      }
      servers.put(port.name(), vertx.createNetServer(options)
          .connectHandler(socket -> listener.accept(socket, port.frontEnd())));
    }
    for (HttpPort port : httpPorts) {
      httpServers.put(port.name(), port.bind(vertx, listener));
    }
    return consuming.compose(v -> Future.all(servers.values().stream().map(NetServer::listen).toList()))
        .compose(v -> Future.all(httpServers.values().stream().map(HttpPort.Bound::listen).toList()))
        .onSuccess(listening -> watchProxyRefusals());
  }

  /** The instances share each listening channel, so the first one watches it for all. */
  private void watchProxyRefusals() {
    if (config.proxyProtocol() && index == 0) {
      ProxyRefusals refusals = ProxyRefusals.probe(config.limits().proxyHeaderTimeoutSeconds());
      servers.values().forEach(refusals::watch);
    }
  }

  /**
   * Stops accepting, tells every client the server is going, and closes the connections once their output
   * is written, forcing those that take longer than the grace time.
   */
  @Override
  public Future<?> stop() {
    long grace = config.shutdownGraceSeconds();
    List<Future<Void>> stopped = new java.util.ArrayList<>();
    servers.values().forEach(s -> stopped.add(s.shutdown(grace, TimeUnit.SECONDS)));
    httpServers.values().forEach(s -> stopped.add(s.shutdown(grace)));
    return Future.join(stopped);
  }

  /** The port named {@code name} as actually bound, once started; -1 for a port this server does not open. */
  public int actualPort(String name) {
    NetServer server = servers.get(name);
    if (server != null) {
      return server.actualPort();
    }
    HttpPort.Bound http = httpServers.get(name);
    return http == null ? -1 : http.actualPort();
  }
}

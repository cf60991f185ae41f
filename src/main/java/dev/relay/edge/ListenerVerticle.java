package dev.relay.edge;

import dev.relay.bus.Addresses;
import dev.relay.bus.EdgeEvent;
import dev.relay.ops.RelayMetrics;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.PemKeyCertOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Owns the chat port (and the TLS chat port, when configured) on one event loop: accepts sockets (after their
 * PROXY protocol header, when configured), hands each to an {@link EdgeConnection} with its {@link Session}, and applies the hub's events to
 * them. Deployed once per event loop; Vert.x spreads new connections over the instances.
 */
public final class ListenerVerticle extends VerticleBase {

  private final ServerConfig config;
  private final RelayMetrics metrics;
  private final String nodeId;
  private final int index;
  private final int bindPort;
  private final int tlsBindPort;
  private final FrontEnd frontEnd;
  private final List<NetServer> servers = new ArrayList<>();

  /**
   * @param bindPort    the configured port, or for "any free port" a negative number shared by the instances
   *                    of one server: Vert.x then binds one random port for all of them (port 0 would give each
   *                    instance its own)
   * @param tlsBindPort the same for the TLS port
   * @param frontEnd    the dialect the chat ports speak
   */
  public ListenerVerticle(ServerConfig config, RelayMetrics metrics, String nodeId, int index, int bindPort,
      int tlsBindPort, FrontEnd frontEnd) {
    this.frontEnd = frontEnd;
    this.config = config;
    this.metrics = metrics;
    this.nodeId = nodeId;
    this.index = index;
    this.bindPort = bindPort;
    this.tlsBindPort = tlsBindPort;
  }

  @Override
  public Future<?> start() {
    String address = Addresses.edge(index);
    Listener listener = new Listener(vertx, context, config, metrics, nodeId, address, new FlushScheduler(context),
        frontEnd);
    Future<Void> consuming = vertx.eventBus()
        .<EdgeEvent>localConsumer(address, message -> listener.onEvent(message.body()))
        .completion();
    NetServerOptions plain = new NetServerOptions().setHost(config.host()).setPort(bindPort)
        .setUseProxyProtocol(config.proxyProtocol())
        .setProxyProtocolTimeout(config.limits().proxyHeaderTimeoutSeconds())
        .setProxyProtocolTimeoutUnit(TimeUnit.SECONDS);
    servers.add(vertx.createNetServer(plain).connectHandler(listener::accept));
    if (config.tls() != null) {
      NetServerOptions tls = new NetServerOptions(plain).setPort(tlsBindPort).setSsl(true)
          .setKeyCertOptions(new PemKeyCertOptions().setCertPath(config.tls().certPath()).setKeyPath(config.tls().keyPath()));
      servers.add(vertx.createNetServer(tls).connectHandler(listener::accept));
    }
    return consuming.compose(v -> Future.all(servers.stream().map(NetServer::listen).toList()))
        .onSuccess(listening -> watchProxyRefusals());
  }

  /** The instances share each listening channel, so the first one watches it for all. */
  private void watchProxyRefusals() {
    if (config.proxyProtocol() && index == 0) {
      ProxyRefusals refusals = ProxyRefusals.probe(config.limits().proxyHeaderTimeoutSeconds());
      servers.forEach(refusals::watch);
    }
  }

  /**
   * Stops accepting, tells every client the server is going, and closes the connections once their output
   * is written, forcing those that take longer than the grace time.
   */
  @Override
  public Future<?> stop() {
    long grace = config.shutdownGraceSeconds();
    return Future.join(servers.stream().map(s -> s.shutdown(grace, TimeUnit.SECONDS)).toList());
  }

  /** The chat port actually bound, once started. */
  public int actualPort() {
    return servers.get(0).actualPort();
  }

  /** The TLS port actually bound, or -1 without TLS. */
  public int actualTlsPort() {
    return servers.size() > 1 ? servers.get(1).actualPort() : -1;
  }
}

package dev.relay.server;

import dev.relay.bus.Addresses;
import dev.relay.bus.EdgeEvent;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import java.util.concurrent.TimeUnit;

/**
 * Owns the chat port on one event loop: accepts sockets, hands each to a {@link Connection}, and applies
 * the hub's events to them. Deployed once per event loop; Vert.x spreads new connections over the
 * instances.
 */
public final class ListenerVerticle extends VerticleBase {

  private static final long SHUTDOWN_GRACE_SECONDS = 10;

  private final ServerConfig config;
  private final String nodeId;
  private final int index;
  private final int bindPort;
  private NetServer server;

  /**
   * @param bindPort the configured port, or for "any free port" a negative number shared by the instances
   *                 of one server: Vert.x then binds one random port for all of them (port 0 would give each
   *                 instance its own)
   */
  ListenerVerticle(ServerConfig config, String nodeId, int index, int bindPort) {
    this.config = config;
    this.nodeId = nodeId;
    this.index = index;
    this.bindPort = bindPort;
  }

  @Override
  public Future<?> start() {
    String address = Addresses.edge(index);
    Listener listener = new Listener(vertx, config, nodeId, address, new FlushScheduler(context));
    Future<Void> consuming = vertx.eventBus()
        .<EdgeEvent>localConsumer(address, message -> listener.onEvent(message.body()))
        .completion();
    server = vertx.createNetServer(new NetServerOptions().setHost(config.host()).setPort(bindPort))
        .connectHandler(listener::accept);
    return consuming.compose(v -> server.listen());
  }

  /**
   * Tells every client the server is going and closes the connections once their output is written,
   * forcing those that take longer than the grace time.
   */
  @Override
  public Future<?> stop() {
    return server.shutdown(SHUTDOWN_GRACE_SECONDS, TimeUnit.SECONDS);
  }

  /** The port actually bound, once started. */
  int actualPort() {
    return server.actualPort();
  }
}

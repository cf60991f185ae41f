package dev.relay.server;

import dev.relay.bus.LocalCodec;
import dev.relay.chat.LocalDirectory;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/** A running chat server on one Vert.x instance: its hub and one listener per event loop. */
public final class RelayServer {

  private final Vertx vertx;
  private final List<String> deployments;
  private final int port;

  private RelayServer(Vertx vertx, List<String> deployments, int port) {
    this.vertx = vertx;
    this.deployments = deployments;
    this.port = port;
  }

  /**
   * Deploys the hub, then the listeners. The first listener binds the port (a free one when the config
   * says 0) and the others share it, so the future completes only once the chat port accepts connections.
   */
  public static Future<RelayServer> start(Vertx vertx, ServerConfig config) {
    LocalCodec.registerOn(vertx);
    String nodeId = UUID.randomUUID().toString();
    List<String> deployments = new ArrayList<>();
    ListenerVerticle first = new ListenerVerticle(config, nodeId, 0, config.port());
    AtomicInteger nextIndex = new AtomicInteger(1);
    return vertx.deployVerticle(new HubVerticle(new LocalDirectory()))
        .compose(hub -> {
          deployments.add(hub);
          return vertx.deployVerticle(first);
        })
        .compose(listener -> {
          deployments.add(listener);
          if (config.instances() == 1) {
            return Future.succeededFuture(first.actualPort());
          }
          return vertx.deployVerticle(() -> new ListenerVerticle(config, nodeId, nextIndex.getAndIncrement(), first.actualPort()),
                  new DeploymentOptions().setInstances(config.instances() - 1))
              .map(others -> {
                deployments.add(others);
                return first.actualPort();
              });
        })
        .map(port -> new RelayServer(vertx, deployments, port));
  }

  public int port() {
    return port;
  }

  /** Undeploys the listeners (closing their sockets), then the hub. */
  public Future<Void> close() {
    Future<Void> chain = Future.succeededFuture();
    for (int i = deployments.size() - 1; i >= 0; i--) {
      String id = deployments.get(i);
      chain = chain.compose(v -> vertx.undeploy(id));
    }
    return chain;
  }
}

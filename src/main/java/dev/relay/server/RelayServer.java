package dev.relay.server;

import dev.relay.bus.LocalCodec;
import dev.relay.chat.LocalDirectory;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
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
   * Deploys the hub, then the listeners. Vert.x shares one bound port among the listener instances of a
   * deployment (a random one when the config says 0), so the future completes once the chat port accepts
   * connections.
   */
  public static Future<RelayServer> start(Vertx vertx, ServerConfig config) {
    LocalCodec.registerOn(vertx);
    String nodeId = UUID.randomUUID().toString();
    List<String> deployments = new ArrayList<>();
    List<ListenerVerticle> listeners = new CopyOnWriteArrayList<>();
    AtomicInteger nextIndex = new AtomicInteger();
    int bindPort = config.port() != 0 ? config.port() : -1 - (nodeId.hashCode() & 0x3fff_ffff);
    return vertx.deployVerticle(new HubVerticle(new LocalDirectory()))
        .compose(hub -> {
          deployments.add(hub);
          return vertx.deployVerticle(() -> {
            ListenerVerticle listener = new ListenerVerticle(config, nodeId, nextIndex.getAndIncrement(), bindPort);
            listeners.add(listener);
            return listener;
          }, new DeploymentOptions().setInstances(config.instances()));
        })
        .map(listenerDeployment -> {
          deployments.add(listenerDeployment);
          return new RelayServer(vertx, deployments, listeners.get(0).actualPort());
        });
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

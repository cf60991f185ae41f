package dev.relay.server;

import dev.relay.bus.LocalCodec;
import dev.relay.bus.PeerCodec;
import dev.relay.chat.LocalAliases;
import dev.relay.cluster.ClusterAliases;
import dev.relay.cluster.ClusterNode;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A running chat server on one Vert.x instance: its hub and one listener per event loop. */
public final class RelayServer {

  private final Vertx vertx;
  private final HubVerticle hub;
  private final String hubDeployment;
  private final String listenerDeployment;
  private final int port;

  private RelayServer(Vertx vertx, HubVerticle hub, String hubDeployment, String listenerDeployment, int port) {
    this.vertx = vertx;
    this.hub = hub;
    this.hubDeployment = hubDeployment;
    this.listenerDeployment = listenerDeployment;
    this.port = port;
  }

  /** A server alone: aliases and rooms live in this process. */
  public static Future<RelayServer> start(Vertx vertx, ServerConfig config) {
    String nodeId = UUID.randomUUID().toString();
    return start(vertx, config, new HubVerticle(new LocalAliases(), nodeId, null), nodeId);
  }

  /** A server that is one instance of a cluster: one chat with every other instance. */
  public static Future<RelayServer> start(ClusterNode node, ServerConfig config) {
    Vertx vertx = node.vertx();
    HubVerticle hub = new HubVerticle(new ClusterAliases(vertx, node.manager()::getNodes), node.nodeId(), node);
    return start(vertx, config, hub, node.nodeId());
  }

  /**
   * Deploys the hub, then the listeners. Vert.x shares one bound port among the listener instances of a
   * deployment (a random one when the config says 0), so the future completes once the chat port accepts
   * connections.
   */
  private static Future<RelayServer> start(Vertx vertx, ServerConfig config, HubVerticle hub, String nodeId) {
    LocalCodec.registerOn(vertx);
    PeerCodec.registerOn(vertx);
    List<ListenerVerticle> listeners = new CopyOnWriteArrayList<>();
    AtomicInteger nextIndex = new AtomicInteger();
    int bindPort = config.port() != 0 ? config.port() : -1 - (nodeId.hashCode() & 0x3fff_ffff);
    return vertx.deployVerticle(hub).compose(hubDeployment ->
        vertx.deployVerticle(() -> {
              ListenerVerticle listener = new ListenerVerticle(config, nodeId, nextIndex.getAndIncrement(), bindPort);
              listeners.add(listener);
              return listener;
            }, new DeploymentOptions().setInstances(config.instances()))
            .map(listenerDeployment ->
                new RelayServer(vertx, hub, hubDeployment, listenerDeployment, listeners.get(0).actualPort())));
  }

  public int port() {
    return port;
  }

  /** Messages this node has sent to other nodes: what the chat costs the cluster's network. */
  public Future<Long> peerMessagesSent() {
    return hub.peerMessagesSent();
  }

  /** Has every member of this node claim its alias again; Relay does this itself when a network split heals. */
  public Future<Void> reconcileAliases() {
    return hub.reconcileAliases();
  }

  /** Members connected to this node. */
  public Future<Integer> memberCount() {
    return hub.memberCount();
  }

  /**
   * Stops in the order that loses nobody's words: the other nodes hear this one's members are gone and
   * their aliases are freed, then the listeners tell each client to reconnect and close, then the hub goes.
   */
  public Future<Void> close() {
    return hub.shutdown()
        .eventually(() -> vertx.undeploy(listenerDeployment))
        .eventually(() -> vertx.undeploy(hubDeployment));
  }
}

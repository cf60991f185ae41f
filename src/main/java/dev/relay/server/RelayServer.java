package dev.relay.server;

import dev.relay.accounts.AccountsNode;
import dev.relay.history.HistoryConfig;
import dev.relay.history.HistorySetup;
import dev.relay.bus.Codecs;
import dev.relay.chat.LocalAliases;
import dev.relay.cluster.ClusterAliases;
import dev.relay.cluster.ClusterNode;
import dev.relay.edge.ChatPort;
import dev.relay.edge.HttpPort;
import dev.relay.edge.ListenerVerticle;
import dev.relay.edge.ServerConfig;
import dev.relay.irc.IrcConfig;
import dev.relay.irc.IrcFrontEnd;
import dev.relay.line.LineFrontEnd;
import dev.relay.ops.RelayMetrics;
import dev.relay.tutorial.TutorialFrontEnd;
import dev.relay.web.WebPort;
import dev.relay.web.WebRoutes;
import dev.relay.web.WebSetup;
import io.vertx.core.DeploymentOptions;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running chat server on one Vert.x instance: its hub and one listener per event loop, which opens every chat
 * port of the table {@link #ports} builds.
 */
public final class RelayServer {

  private static final Logger LOG = LoggerFactory.getLogger(RelayServer.class);
  private static final String CHAT = "chat";
  private static final String CHAT_TLS = "chat-tls";
  private static final String IRC = "irc";
  private static final String IRC_TLS = "irc-tls";
  private static final String WEB = "web";

  private final Vertx vertx;
  private final HubVerticle hub;
  private final String hubDeployment;
  private final String listenerDeployment;
  private final ListenerVerticle listener;
  private final AccountsNode accounts;
  private volatile boolean stopping;

  private RelayServer(Vertx vertx, HubVerticle hub, String hubDeployment, String listenerDeployment,
      ListenerVerticle listener, AccountsNode accounts) {
    this.vertx = vertx;
    this.accounts = accounts;
    this.hub = hub;
    this.hubDeployment = hubDeployment;
    this.listenerDeployment = listenerDeployment;
    this.listener = listener;
  }

  /** A server alone, whose meters nobody scrapes. */
  public static Future<RelayServer> start(Vertx vertx, ServerConfig config) {
    return start(vertx, config, RelayMetrics.unexported());
  }

  /** A server alone, with the IRC gateway as {@code irc} says. */
  public static Future<RelayServer> start(Vertx vertx, ServerConfig config, IrcConfig irc) {
    return start(vertx, config, irc, RelayMetrics.unexported());
  }

  /** A server alone: aliases and rooms live in this process. */
  public static Future<RelayServer> start(Vertx vertx, ServerConfig config, RelayMetrics metrics) {
    return start(vertx, config, IrcConfig.OFF, metrics);
  }

  public static Future<RelayServer> start(Vertx vertx, ServerConfig config, IrcConfig irc, RelayMetrics metrics) {
    return start(vertx, config, irc, metrics, null);
  }

  /** A server alone, with accounts ({@code accounts} null: none, every alias a guest's), history in memory only. */
  public static Future<RelayServer> start(Vertx vertx, ServerConfig config, IrcConfig irc, RelayMetrics metrics,
      AccountsNode accounts) {
    return start(vertx, config, irc, metrics, accounts, HistorySetup.inMemory(HistoryConfig.DEFAULTS));
  }

  /** A server alone, with accounts ({@code accounts} null: none) and history kept as {@code history} says. */
  public static Future<RelayServer> start(Vertx vertx, ServerConfig config, IrcConfig irc, RelayMetrics metrics,
      AccountsNode accounts, HistorySetup history) {
    return start(vertx, config, irc, metrics, accounts, history, WebSetup.OFF);
  }

  /** A server alone, with accounts ({@code accounts} null: none), history, and the web port as {@code web} says. */
  public static Future<RelayServer> start(Vertx vertx, ServerConfig config, IrcConfig irc, RelayMetrics metrics,
      AccountsNode accounts, HistorySetup history, WebSetup web) {
    String nodeId = UUID.randomUUID().toString();
    HubVerticle hub = new HubVerticle(new LocalAliases(), nodeId, null, config.limits(), metrics, accounts, history);
    return start(vertx, config, withHistory(irc, history), metrics, hub, nodeId, accounts, web);
  }

  /** One instance of a cluster, whose meters nobody scrapes. */
  public static Future<RelayServer> start(ClusterNode node, ServerConfig config) {
    return start(node, config, RelayMetrics.unexported());
  }

  /** A server that is one instance of a cluster: one chat with every other instance. */
  public static Future<RelayServer> start(ClusterNode node, ServerConfig config, RelayMetrics metrics) {
    return start(node, config, IrcConfig.OFF, metrics);
  }

  public static Future<RelayServer> start(ClusterNode node, ServerConfig config, IrcConfig irc) {
    return start(node, config, irc, RelayMetrics.unexported());
  }

  public static Future<RelayServer> start(ClusterNode node, ServerConfig config, IrcConfig irc,
      RelayMetrics metrics) {
    return start(node, config, irc, metrics, null);
  }

  /** One instance of a cluster, with accounts ({@code accounts} null: none), history in memory only. */
  public static Future<RelayServer> start(ClusterNode node, ServerConfig config, IrcConfig irc,
      RelayMetrics metrics, AccountsNode accounts) {
    return start(node, config, irc, metrics, accounts, HistorySetup.inMemory(HistoryConfig.DEFAULTS));
  }

  /** One instance of a cluster, with accounts ({@code accounts} null: none) and history kept as {@code history} says. */
  public static Future<RelayServer> start(ClusterNode node, ServerConfig config, IrcConfig irc,
      RelayMetrics metrics, AccountsNode accounts, HistorySetup history) {
    return start(node, config, irc, metrics, accounts, history, WebSetup.OFF);
  }

  /** One instance of a cluster, with accounts ({@code accounts} null: none), history, and the web port. */
  public static Future<RelayServer> start(ClusterNode node, ServerConfig config, IrcConfig irc,
      RelayMetrics metrics, AccountsNode accounts, HistorySetup history, WebSetup web) {
    Vertx vertx = node.vertx();
    HubVerticle hub = new HubVerticle(new ClusterAliases(vertx, node.manager()::getNodes), node.nodeId(), node,
        config.limits(), metrics, accounts, history);
    return start(vertx, config, withHistory(irc, history), metrics, hub, node.nodeId(), accounts, web);
  }

  /** IRC offers {@code CHATHISTORY} with the hub's page only when the server keeps history. */
  private static IrcConfig withHistory(IrcConfig irc, HistorySetup history) {
    return irc.withHistoryPage(history.config().enabled() ? history.config().pageLines() : 0);
  }

  /**
   * Deploys the hub, then the listeners. Vert.x shares one bound port among the listener instances of a
   * deployment (a random one when the config says 0), so the future completes once every chat port accepts
   * connections.
   */
  private static Future<RelayServer> start(Vertx vertx, ServerConfig config, IrcConfig irc, RelayMetrics metrics,
      HubVerticle hub, String nodeId, AccountsNode accounts, WebSetup web) {
    Codecs.registerOn(vertx);
    List<ListenerVerticle> listeners = new CopyOnWriteArrayList<>();
    AtomicInteger nextIndex = new AtomicInteger();
    return vertx.deployVerticle(hub).compose(hubDeployment ->
        vertx.deployVerticle(() -> {
              ListenerVerticle listener = new ListenerVerticle(config, metrics, nodeId, nextIndex.getAndIncrement(),
                  ports(config, irc, nodeId, accounts != null), webPorts(config, web, nodeId));
              listeners.add(listener);
              return listener;
            }, new DeploymentOptions().setInstances(config.instances()))
            .map(listenerDeployment -> new RelayServer(vertx, hub, hubDeployment, listenerDeployment, listeners.get(0),
                accounts)));
  }

  /** The table of chat ports and the dialect each speaks; a new dialect is a new entry. */
  private static List<ChatPort> ports(ServerConfig config, IrcConfig irc, String nodeId, boolean accounts) {
    List<ChatPort> ports = new ArrayList<>();
    ports.add(new ChatPort(CHAT, sharedPort(config.port(), nodeId, 0), false, new LineFrontEnd(new TutorialFrontEnd())));
    if (config.tls() != null) {
      ports.add(new ChatPort(CHAT_TLS, sharedPort(config.tls().port(), nodeId, 1), true,
          new LineFrontEnd(new TutorialFrontEnd())));
    }
    if (irc.enabled()) {
      ports.add(new ChatPort(IRC, sharedPort(Math.max(0, irc.port()), nodeId, 2), false, new IrcFrontEnd(irc, accounts)));
      if (config.tls() != null && irc.tlsPort() != 0) {
        ports.add(new ChatPort(IRC_TLS, sharedPort(Math.max(0, irc.tlsPort()), nodeId, 3), true, new IrcFrontEnd(irc, accounts)));
      }
    }
    return ports;
  }

  /** The web port, if there is one: the browser client, its WebSocket, uploads and files. */
  private static List<HttpPort> webPorts(ServerConfig config, WebSetup web, String nodeId) {
    if (!web.enabled()) {
      return List.of();
    }
    return List.of(new WebPort(WEB, sharedPort(Math.max(0, web.port()), nodeId, 4), config, web.config(),
        vertx -> WebRoutes.router(vertx, web.routes())));
  }

  /** A configured port as is; for 0, a negative id that makes Vert.x share one random port among instances. */
  private static int sharedPort(int configured, String nodeId, int salt) {
    return configured != 0 ? configured : -1 - ((nodeId.hashCode() + salt) & 0x3fff_ffff);
  }

  /** The line protocol's chat port. */
  public int port() {
    return listener.actualPort(CHAT);
  }

  /** The TLS chat port, or -1 when TLS is off. */
  public int tlsPort() {
    return listener.actualPort(CHAT_TLS);
  }

  /** The IRC port, or -1 when the gateway is off. */
  public int ircPort() {
    return listener.actualPort(IRC);
  }

  /** The IRC port over TLS, or -1 when it is off. */
  public int ircTlsPort() {
    return listener.actualPort(IRC_TLS);
  }

  /** The web port, or -1 when it is off. */
  public int webPort() {
    return listener.actualPort(WEB);
  }

  /** Accepting chat connections: started and not stopping. */
  public boolean isServing() {
    return !stopping;
  }

  /** The accounts' store answers; null when the server has no accounts. */
  public Boolean storeAvailable() {
    return accounts == null ? null : accounts.storeAvailable();
  }

  /** Messages this node has sent to other nodes: what the chat costs the cluster's network. */
  public Future<Long> peerMessagesSent() {
    return hub.peerMessagesSent();
  }

  /** Has every member of this node claim its alias again; Relay does this itself when a network split heals. */
  public Future<Void> reconcileAliases() {
    return hub.reconcileAliases();
  }

  /**
   * Stops in the order that loses nobody's words: readiness drops, the other nodes hear this one's members
   * are gone (after every line of theirs), then the listeners stop accepting, tell each client to reconnect
   * and close once its output is written (within the grace time), then the hub goes. The aliases are freed
   * meanwhile, for at most {@link ShutdownBudget#ALIAS_RELEASE_SECONDS}: a slow cluster does not hold up the
   * clients' notices, and an alias left behind is taken over once this node has left the cluster.
   */
  public Future<Void> close() {
    stopping = true;
    return hub.shutdown()
        .compose(aliasesFreed -> Future.join(
            aliasesFreed.timeout(ShutdownBudget.ALIAS_RELEASE_SECONDS, TimeUnit.SECONDS)
                .onFailure(e -> LOG.warn("Not every alias was freed before leaving: {}", e.toString())),
            vertx.undeploy(listenerDeployment)))
        .eventually(() -> vertx.undeploy(hubDeployment))
        .mapEmpty();
  }
}

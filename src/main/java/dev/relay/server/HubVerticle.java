package dev.relay.server;

import dev.relay.accounts.AccountsNode;
import dev.relay.bus.Addresses;
import dev.relay.bus.AdmissionRequest;
import dev.relay.bus.EdgeEvent;
import dev.relay.bus.HubRequest;
import dev.relay.bus.LocalCodec;
import dev.relay.bus.PeerCodec;
import dev.relay.bus.PeerMessage;
import dev.relay.chat.AliasRegistry;
import dev.relay.chat.AuditTrail;
import dev.relay.chat.ChangeFeed;
import dev.relay.chat.Hub;
import dev.relay.chat.PolicyStore;
import dev.relay.chat.Peers;
import dev.relay.chat.Registrations;
import dev.relay.cluster.ClusterNode;
import dev.relay.cluster.ClusterPeers;
import dev.relay.cluster.ClusterSequencer;
import dev.relay.history.HistorySetup;
import dev.relay.history.RoomSequencer;
import dev.relay.history.VertxTimers;
import dev.relay.edge.Limits;
import dev.relay.ops.RelayMetrics;
import io.vertx.core.Future;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.Promise;
import io.vertx.core.VerticleBase;
import io.vertx.core.spi.cluster.ClusterManager;
import io.vertx.core.spi.cluster.NodeListener;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the node's {@link Hub} and the connection {@link Admission} on one context. It hears the listeners
 * on {@link Addresses#HUB} (local) and, when clustered, the other nodes' hubs on this node's one
 * clustered address, plus the cluster manager's news of nodes coming and going.
 */
public final class HubVerticle extends VerticleBase {

  /** How often the room rules are read again from the store, in case a published change was missed. */
  static final long POLICY_RELOAD_MILLIS = 60_000;
  /** How often lines past the retention are deleted (the first time a minute after start). */
  static final long HISTORY_SWEEP_MILLIS = 600_000;
  private static final String ORIGIN = "origin";

  private final AliasRegistry aliases;
  private final String nodeId;
  private final ClusterNode node;
  private final ClusterManager cluster;
  private final Limits limits;
  private final RelayMetrics metrics;
  private final AccountsNode accounts;
  private final HistorySetup history;
  private Hub hub;

  /**
   * @param node     this instance's cluster membership, or null for an instance alone
   * @param accounts the node's accounts, run on the hub's context, or null for none (every alias a guest's)
   */
  HubVerticle(AliasRegistry aliases, String nodeId, ClusterNode node, Limits limits, RelayMetrics metrics,
      AccountsNode accounts, HistorySetup history) {
    this.history = history;
    this.aliases = aliases;
    this.accounts = accounts;
    this.nodeId = nodeId;
    this.node = node;
    this.cluster = node == null ? null : node.manager();
    this.limits = limits;
    this.metrics = metrics;
  }

  @Override
  public Future<?> start() {
    Future<Void> accountsStarted = accounts == null ? Future.succeededFuture() : accounts.start(vertx);
    return accountsStarted.compose(v -> startHub());
  }

  @Override
  public Future<?> stop() {
    Future<Void> written = hub == null ? Future.succeededFuture() : hub.drainHistory();
    return written.compose(v -> accounts == null ? Future.succeededFuture() : accounts.stop());
  }

  private Future<Void> startHub() {
    Future<RoomSequencer> sequencer = cluster == null ? Future.succeededFuture(RoomSequencer.ALONE)
        : ClusterSequencer.open(vertx, node.manager().getHazelcastInstance()).map(s -> s);
    return sequencer.compose(this::startHub);
  }

  private Future<Void> startHub(RoomSequencer sequencer) {
    Peers peers = cluster == null ? Peers.alone(nodeId) : new ClusterPeers(vertx, context, cluster);
    Registrations registrations = accounts == null ? Registrations.NONE : accounts.registrations();
    AuditTrail audit = accounts == null ? AuditTrail.NONE : accounts.auditTrail();
    PolicyStore policies = accounts == null ? PolicyStore.NONE : accounts.policyStore();
    ChangeFeed feed = cluster == null ? ChangeFeed.NONE : change -> vertx.eventBus().publish(Addresses.ROOM_CHANGES,
        change, new DeliveryOptions().addHeader(ORIGIN, nodeId));
    hub = new Hub(aliases, peers, (edge, event) -> vertx.eventBus().send(edge, event, LocalCodec.LOCAL),
        Clock.systemUTC(), registrations, audit, policies, feed, history.parts(sequencer, new VertxTimers(vertx)));
    vertx.setPeriodic(POLICY_RELOAD_MILLIS, t -> hub.reloadPolicies());
    vertx.setPeriodic(60_000, HISTORY_SWEEP_MILLIS, t -> hub.sweepHistory());
    return hub.reloadPolicies().compose(v -> startServing());
  }

  private Future<Void> startServing() {
    Admission admission = new Admission(limits.maxConnections(), limits.maxConnectionsPerIp());
    Future<Void> local = Future.all(
        vertx.eventBus().<HubRequest>localConsumer(Addresses.HUB, message -> {
          hub.handle(message.body());
          reportState();
        }).completion(),
        vertx.eventBus().<AdmissionRequest>localConsumer(Addresses.ADMIT, m -> {
          AdmissionRequest asked = m.body();
          vertx.eventBus().send(asked.edge(), new EdgeEvent.AdmissionDecided(asked.conn(), admission.admit(asked.client())),
              LocalCodec.LOCAL);
        }).completion(),
        vertx.eventBus().<String>localConsumer(Addresses.RELEASE, m -> admission.release(m.body())).completion())
        .mapEmpty();
    if (cluster == null) {
      return local;
    }
    Future<Void> changes = vertx.eventBus()
        .<String>consumer(Addresses.ROOM_CHANGES, message -> {
          if (!nodeId.equals(message.headers().get(ORIGIN))) {
            hub.onRoomChange(message.body());
          }
        })
        .completion();
    Future<Void> remote = vertx.eventBus()
        .<PeerMessage>consumer(Addresses.node(nodeId), message -> {
          PeerMessage answer = hub.onPeer(message.body());
          if (answer != null) {
            message.reply(answer, PeerCodec.OPTIONS);
          }
          reportState();
        })
        .completion();
    cluster.nodeListener(new NodeListener() {
      @Override
      public void nodeAdded(String added) {
        context.runOnContext(v -> {
          hub.nodeJoined(added);
          reportState();
        });
      }

      @Override
      public void nodeLeft(String left) {
        context.runOnContext(v -> {
          hub.nodeLeft(left, isOldest());
          reportState();
        });
      }
    });
    node.onMerged(() -> context.runOnContext(v -> {
      hub.reconcileAliases();
      hub.reloadPolicies();
    }));
    // Ready only once the running peers have said who is already chatting.
    return Future.all(local, remote, changes).compose(v -> hub.greetAll(cluster.getNodes()));
  }

  private boolean isOldest() {
    List<String> nodes = cluster.getNodes();
    return !nodes.isEmpty() && nodes.get(0).equals(nodeId);
  }

  /**
   * Tells the peers this node's members are gone and starts freeing their aliases; the listeners close the
   * sockets. Completes once the peers are told, with the release, which completes once the aliases are free.
   */
  Future<Future<Void>> shutdown() {
    return onHub(h -> Future.succeededFuture(h.shutdown()));
  }

  /** Has every member here claim its alias again, as after a network split heals. */
  Future<Void> reconcileAliases() {
    return onHub(Hub::reconcileAliases);
  }

  /** Hands the metrics the hub's rooms, local members and messages sent to peers; after each event it handles. */
  private void reportState() {
    metrics.hubState(hub.roomCount(), hub.memberCount(), hub.peerMessagesSent());
  }

  /** Messages this node has sent to other nodes' hubs. */
  Future<Long> peerMessagesSent() {
    return onHub(h -> Future.succeededFuture(h.peerMessagesSent()));
  }

  private <T> Future<T> onHub(Function<Hub, Future<T>> action) {
    Promise<T> promise = Promise.promise();
    context.runOnContext(v -> action.apply(hub).onComplete(promise));
    return promise.future();
  }
}

package dev.relay.cluster;

import dev.relay.bus.Addresses;
import dev.relay.bus.PeerCodec;
import dev.relay.bus.PeerMessage;
import dev.relay.chat.Peers;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.spi.cluster.ClusterManager;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The other nodes' hubs, reached over the clustered event bus at their one address each. What the hub sends
 * a peer during one event-loop turn is gathered and goes as one event-bus message (a {@link
 * PeerMessage.Batch} when there is more than one): under load a burst of room lines costs one encode, one
 * network write and one delivery on the peer instead of one each. Used on the hub's context only.
 */
public final class ClusterPeers implements Peers {

  private static final long REQUEST_TIMEOUT_MS = 5000;

  private final Vertx vertx;
  private final Context context;
  private final ClusterManager manager;
  private final Map<String, List<PeerMessage>> outbox = new LinkedHashMap<>();
  private boolean flushQueued;

  /** {@code context} is the hub's: gathered messages go out in a task queued on it. */
  public ClusterPeers(Vertx vertx, Context context, ClusterManager manager) {
    this.vertx = vertx;
    this.context = context;
    this.manager = manager;
  }

  @Override
  public String self() {
    return manager.getNodeId();
  }

  @Override
  public List<String> nodes() {
    return manager.getNodes();
  }

  @Override
  public void send(String node, PeerMessage message) {
    if (!flushQueued) {
      flushQueued = true;
      context.runOnContext(v -> flush());
    }
    outbox.computeIfAbsent(node, n -> new ArrayList<>()).add(message);
  }

  /** What was gathered for {@code node} goes first, so the peer sees everything in the order it was sent. */
  @Override
  public Future<PeerMessage> request(String node, PeerMessage message) {
    List<PeerMessage> gathered = outbox.remove(node);
    if (gathered != null) {
      post(node, gathered);
    }
    return vertx.eventBus()
        .<PeerMessage>request(Addresses.node(node), message, new DeliveryOptions(PeerCodec.OPTIONS).setSendTimeout(REQUEST_TIMEOUT_MS))
        .map(Message::body);
  }

  private void flush() {
    flushQueued = false;
    outbox.forEach(this::post);
    outbox.clear();
  }

  private void post(String node, List<PeerMessage> messages) {
    PeerMessage message = messages.size() == 1 ? messages.get(0) : new PeerMessage.Batch(List.copyOf(messages));
    vertx.eventBus().send(Addresses.node(node), message, PeerCodec.OPTIONS);
  }
}

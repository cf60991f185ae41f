package dev.relay.cluster;

import dev.relay.bus.Addresses;
import dev.relay.bus.PeerCodec;
import dev.relay.bus.PeerMessage;
import dev.relay.chat.Peers;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.Message;
import io.vertx.core.spi.cluster.ClusterManager;
import java.util.List;

/** The other nodes' hubs, reached over the clustered event bus at their one address each. */
public final class ClusterPeers implements Peers {

  private static final long REQUEST_TIMEOUT_MS = 5000;

  private final Vertx vertx;
  private final ClusterManager manager;

  public ClusterPeers(Vertx vertx, ClusterManager manager) {
    this.vertx = vertx;
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
    vertx.eventBus().send(Addresses.node(node), message, PeerCodec.OPTIONS);
  }

  @Override
  public Future<PeerMessage> request(String node, PeerMessage message) {
    return vertx.eventBus()
        .<PeerMessage>request(Addresses.node(node), message, new DeliveryOptions(PeerCodec.OPTIONS).setSendTimeout(REQUEST_TIMEOUT_MS))
        .map(Message::body);
  }
}

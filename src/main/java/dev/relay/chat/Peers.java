package dev.relay.chat;

import dev.relay.bus.PeerMessage;
import io.vertx.core.Future;
import java.util.List;

/** How a hub reaches the hubs of the other nodes; alone there are none. */
public interface Peers {

  /** This node's id. */
  String self();

  /** Every node of the cluster, this one included, oldest first. */
  List<String> nodes();

  /** Sends to {@code node}'s hub; messages to one node keep their order. */
  void send(String node, PeerMessage message);

  /** Sends and waits for the answer; fails at once if {@code node}'s hub is not running (yet). */
  Future<PeerMessage> request(String node, PeerMessage message);

  /** A node with no cluster. */
  static Peers alone(String self) {
    return new Peers() {
      @Override
      public String self() {
        return self;
      }

      @Override
      public List<String> nodes() {
        return List.of(self);
      }

      @Override
      public void send(String node, PeerMessage message) {
        throw new IllegalStateException("a node alone has no peers");
      }

      @Override
      public Future<PeerMessage> request(String node, PeerMessage message) {
        return Future.failedFuture("a node alone has no peers");
      }
    };
  }
}

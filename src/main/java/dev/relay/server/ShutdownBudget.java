package dev.relay.server;

import dev.relay.cluster.ClusterNode;

/**
 * How long each step of a stop may take, so that the whole of it fits a deadline such as Kubernetes'
 * termination grace period: the chat port gets the clients' grace time plus a margin, then the operator
 * port closes, then Vert.x closes and leaves the cluster. Each step runs even when the one before overran.
 */
public final class ShutdownBudget {

  /** Beyond the clients' grace time: the hub telling the peers, and sockets force-closed at the end. */
  static final int CHAT_MARGIN_SECONDS = 5;
  static final int OPS_CLOSE_SECONDS = 2;
  /** Hazelcast's graceful leave plus closing the event bus. */
  static final int VERTX_CLOSE_SECONDS = ClusterNode.GRACEFUL_LEAVE_SECONDS + 5;
  /** Longest the peers' hearing of the departures and the aliases' release may hold up the clients' notices. */
  static final int ALIAS_RELEASE_SECONDS = 3;

  private ShutdownBudget() {
  }

  /** The longest a stop takes after SIGTERM with {@code graceSeconds} for the clients. */
  public static int worstCaseSeconds(int graceSeconds) {
    return graceSeconds + CHAT_MARGIN_SECONDS + OPS_CLOSE_SECONDS + VERTX_CLOSE_SECONDS;
  }
}

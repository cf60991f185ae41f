package dev.relay.edge;

import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * A port that is not a chat socket but hands clients to the listener: the web port, whose WebSockets become
 * connections like any other. Each listener opens its own {@link Bound} instance; Vert.x shares the one bound port
 * among them, as it does for the chat ports.
 */
public interface HttpPort {

  /** How logs and {@code RelayServer} name the port. */
  String name();

  /** This listener's server on the port, not yet listening. */
  Bound bind(Vertx vertx, Listener listener);

  /** One listener's server on the port. */
  interface Bound {
    Future<Void> listen();

    /** Stops accepting and lets open connections end within {@code graceSeconds}. */
    Future<Void> shutdown(long graceSeconds);

    int actualPort();
  }
}

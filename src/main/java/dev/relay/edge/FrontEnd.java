package dev.relay.edge;

import io.vertx.core.buffer.Buffer;

/**
 * A dialect's entry to the edge: what a new connection on its port speaks. The listener owns the connection;
 * the front end gives it its {@link Session}. A new dialect is a package with one of these, and an entry in
 * the table of ports that {@code server.RelayServer} deploys.
 */
public interface FrontEnd {

  Session open(EdgeConnection connection);

  /** The words for a connection the limits turn away before it has a session (the admission's reason). */
  Buffer refusal(String why);
}

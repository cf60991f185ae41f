package dev.relay.chat;

import dev.relay.bus.EdgeEvent;

/** How a hub reaches the listeners that own its members' sockets. */
@FunctionalInterface
public interface EdgeLink {

  /** Sends {@code event} to the listener at {@code edge}; events to one listener keep their order. */
  void send(String edge, EdgeEvent event);
}

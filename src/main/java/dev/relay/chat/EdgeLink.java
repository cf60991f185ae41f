package dev.relay.chat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.EdgeEvent;
import dev.relay.bus.MemberId;
import java.util.List;

/** How a hub reaches the listeners that own its members' sockets. */
@FunctionalInterface
public interface EdgeLink {

  /** Sends {@code event} to the listener at {@code edge}; events to one listener keep their order. */
  void send(String edge, EdgeEvent event);

  /** Sends {@code event} to one member alone, through its listener. */
  default void tell(MemberId member, ChatEvent event) {
    send(member.edge(), new EdgeEvent.ToMember(member.conn(), List.of(event)));
  }
}

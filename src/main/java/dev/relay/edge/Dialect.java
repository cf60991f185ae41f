package dev.relay.edge;

import dev.relay.bus.ChatEvent;
import io.vertx.core.buffer.Buffer;

/**
 * How one front end writes chat events on its connections. Rendering depends on the event alone, never on
 * who receives it, so a listener renders a room's events once per dialect and hands every member of that
 * dialect the same bytes.
 */
public interface Dialect {

  /** Appends {@code event}'s wire form to {@code out}. */
  void render(ChatEvent event, Buffer out);

  /**
   * Whether a member of several rooms is told of a rename or a quit once, as IRC does, rather than once per room
   * as the line protocol's wording (which names the room) needs.
   */
  default boolean tellsMemberEventsOnce() {
    return false;
  }

  /** Whether a member gets its own room lines back (IRC clients show their own lines themselves). */
  default boolean echoesOwnLines() {
    return true;
  }

  default Buffer render(ChatEvent event) {
    Buffer out = Buffer.buffer();
    render(event, out);
    return out;
  }
}

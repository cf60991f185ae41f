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

  default Buffer render(ChatEvent event) {
    Buffer out = Buffer.buffer();
    render(event, out);
    return out;
  }
}

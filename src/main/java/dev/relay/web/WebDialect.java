package dev.relay.web;

import dev.relay.bus.ChatEvent;
import dev.relay.edge.Dialect;
import io.vertx.core.buffer.Buffer;

/**
 * The web dialect's rendering (docs/PROTOCOL.md 12): one JSON object per event, each on its own line, so that a
 * turn's events for a member go out as one WebSocket message. Like every dialect, it depends on the event alone.
 */
final class WebDialect implements Dialect {

  static final WebDialect INSTANCE = new WebDialect();

  private WebDialect() {
  }

  @Override
  public void render(ChatEvent event, Buffer out) {
    append(out, WebEvents.of(event).encode());
  }

  static Buffer encode(String json) {
    return append(Buffer.buffer(json.length() + 1), json);
  }

  private static Buffer append(Buffer out, String json) {
    return out.appendString(json).appendByte((byte) '\n');
  }
}

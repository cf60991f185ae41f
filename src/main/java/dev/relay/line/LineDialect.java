package dev.relay.line;

import dev.relay.bus.ChatEvent;
import dev.relay.edge.Dialect;
import io.vertx.core.buffer.Buffer;

/** The line protocol's rendering of chat events (docs/PROTOCOL.md): the lines of {@link Replies}, CRLF-ended. */
public final class LineDialect implements Dialect {

  public static final LineDialect INSTANCE = new LineDialect();

  private LineDialect() {
  }

  @Override
  public void render(ChatEvent event, Buffer out) {
    Lines.append(out, Replies.of(event));
  }
}

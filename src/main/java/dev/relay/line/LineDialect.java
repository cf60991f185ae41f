package dev.relay.line;

import dev.relay.bus.ChatEvent;
import dev.relay.edge.Dialect;
import io.vertx.core.buffer.Buffer;
import java.util.List;

/**
 * The line protocol's rendering of chat events (docs/PROTOCOL.md): the lines of {@link Replies}, CRLF-ended; with
 * ids ({@code /ids on}), each room line after its id, {@code [#812] alice: hi}.
 */
public final class LineDialect implements Dialect {

  public static final LineDialect INSTANCE = new LineDialect(false);
  public static final LineDialect WITH_IDS = new LineDialect(true);

  private final boolean ids;

  private LineDialect(boolean ids) {
    this.ids = ids;
  }

  @Override
  public void render(ChatEvent event, Buffer out) {
    if (ids && event instanceof ChatEvent.Line line) {
      Lines.append(out, List.of(HistoryReplies.withId(line, Replies.of(event).get(0))));
    } else {
      Lines.append(out, Replies.of(event));
    }
  }
}

package dev.relay.tutorial;

import dev.relay.bus.ChatEvent;
import dev.relay.edge.Dialect;
import dev.relay.line.Replies;
import io.vertx.core.buffer.Buffer;

/**
 * The tutorial client's rendering of chat events: the line protocol's wording, each line ended by a bare LF.
 * That client prints every chunk it reads with {@code print}, which adds a line end of its own, so a chunk shows
 * an empty line after it; leaving the last LF out instead would run two messages together whenever two writes
 * reach one of its reads.
 */
public final class TutorialDialect implements Dialect {

  public static final TutorialDialect INSTANCE = new TutorialDialect();

  private TutorialDialect() {
  }

  @Override
  public void render(ChatEvent event, Buffer out) {
    for (String line : Replies.of(event)) {
      out.appendString(line, "UTF-8").appendByte((byte) '\n');
    }
  }
}

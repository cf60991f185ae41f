package dev.relay.tutorial;

import dev.relay.bus.ChatEvent;
import dev.relay.edge.Dialect;
import dev.relay.line.Replies;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;

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

  /** A room's history as plain lines between the line protocol's markers: the tutorial's client shows no ids. */
  @Override
  public void render(ChatEvent event, Buffer out) {
    List<String> lines;
    if (event instanceof ChatEvent.History history && !history.lines().isEmpty()) {
      lines = new ArrayList<>();
      lines.add(Replies.historySummary(history));
      for (ChatEvent.Line line : history.lines()) {
        lines.addAll(Replies.of(line));
      }
      lines.add(Replies.historyEnd(history));
    } else {
      lines = Replies.of(event);
    }
    for (String line : lines) {
      out.appendString(line, "UTF-8").appendByte((byte) '\n');
    }
  }
}

package dev.relay.line;

import dev.relay.edge.EdgeConnection;
import dev.relay.edge.FrontEnd;
import dev.relay.edge.LineInput;
import dev.relay.edge.Session;
import io.vertx.core.buffer.Buffer;

/**
 * The line protocol (docs/PROTOCOL.md) on a chat port: each connection gets a {@link LineSession}, and is handed
 * to {@code withoutLineEnds} if it answers the greeting without a line end (the tutorial's client).
 */
public final class LineFrontEnd implements FrontEnd {

  private final FrontEnd withoutLineEnds;

  public LineFrontEnd(FrontEnd withoutLineEnds) {
    this.withoutLineEnds = withoutLineEnds;
  }

  @Override
  public Session open(EdgeConnection connection) {
    return new LineSession(connection,
        new LineInput(connection, connection.config().limits().maxLineBytes(), connection.newFloodGate()),
        withoutLineEnds);
  }

  @Override
  public Buffer refusal(String why) {
    return Lines.encode(why);
  }
}

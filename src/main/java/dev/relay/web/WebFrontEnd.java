package dev.relay.web;

import dev.relay.edge.EdgeConnection;
import dev.relay.edge.FrontEnd;
import dev.relay.edge.LineInput;
import dev.relay.edge.MessageFrames;
import dev.relay.edge.Session;
import io.vertx.core.buffer.Buffer;

/** The web dialect on the web port's WebSocket: each connection gets a {@link WebSession}. */
final class WebFrontEnd implements FrontEnd {

  @Override
  public Session open(EdgeConnection connection) {
    return new WebSession(connection, new LineInput(connection, new MessageFrames(), connection.newFloodGate()));
  }

  @Override
  public Buffer refusal(String why) {
    return WebDialect.encode(WebEvents.words(why).encode());
  }
}

package dev.relay.line;

import dev.relay.edge.EdgeConnection;
import dev.relay.edge.FloodGate;
import dev.relay.edge.FrontEnd;
import dev.relay.edge.Limits;
import dev.relay.edge.LineSplitter;
import dev.relay.edge.Session;
import io.vertx.core.buffer.Buffer;

/** The line protocol (docs/PROTOCOL.md) on a chat port: each connection gets a {@link LineSession}. */
public final class LineFrontEnd implements FrontEnd {

  @Override
  public Session open(EdgeConnection connection) {
    Limits limits = connection.config().limits();
    FloodGate gate = limits.floodControlEnabled()
        ? new FloodGate(limits.floodLinesPerSecond(), limits.floodBurst(), System::nanoTime)
        : null;
    return new LineSession(connection, new LineSplitter(limits.maxLineBytes()), gate);
  }

  @Override
  public Buffer refusal(String why) {
    return Lines.encode(why);
  }
}

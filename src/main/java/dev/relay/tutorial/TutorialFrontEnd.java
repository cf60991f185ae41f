package dev.relay.tutorial;

import dev.relay.edge.EdgeConnection;
import dev.relay.edge.FrontEnd;
import dev.relay.edge.Session;
import io.vertx.core.buffer.Buffer;

/**
 * The tutorial's dialect: reached on the line protocol's port, when a connection answers the greeting without
 * a line end ({@code line.LineSession} hands it over).
 */
public final class TutorialFrontEnd implements FrontEnd {

  @Override
  public Session open(EdgeConnection connection) {
    return new TutorialSession(connection, connection.newFloodGate());
  }

  @Override
  public Buffer refusal(String why) {
    return Buffer.buffer(why);
  }
}

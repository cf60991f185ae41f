package dev.relay.bus;

/**
 * Names one connected member everywhere in the chat.
 *
 * @param node the Vert.x node the member is connected to
 * @param edge the event-bus address of the listener that owns the member's socket
 * @param conn the connection's number within that listener
 */
public record MemberId(String node, String edge, long conn) {

  @Override
  public String toString() {
    return node.substring(0, Math.min(8, node.length())) + "/" + edge.substring(edge.lastIndexOf('.') + 1) + "/" + conn;
  }
}

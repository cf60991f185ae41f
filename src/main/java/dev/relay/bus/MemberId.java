package dev.relay.bus;

/**
 * Names one connected member everywhere in the chat.
 *
 * @param node the Vert.x node the member is connected to
 * @param edge the event-bus address of the listener that owns the member's socket
 * @param conn the connection's number within that listener
 */
public record MemberId(String node, String edge, long conn) {

  /** The form stored in cluster-wide maps; {@link #parse} reads it back. */
  public String wire() {
    return node + " " + edge + " " + conn;
  }

  public static MemberId parse(String wire) {
    String[] parts = wire.split(" ", 3);
    return new MemberId(parts[0], parts[1], Long.parseLong(parts[2]));
  }

  @Override
  public String toString() {
    return node.substring(0, Math.min(8, node.length())) + "/" + edge.substring(edge.lastIndexOf('.') + 1) + "/" + conn;
  }
}

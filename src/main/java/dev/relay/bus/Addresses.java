package dev.relay.bus;

/** Every event-bus address Relay uses. */
public final class Addresses {

  /** The node's hub; local to each node. */
  public static final String HUB = "relay.hub";

  private Addresses() {
  }

  /** The address of one listener verticle instance; registered locally, so unique within its node only. */
  public static String edge(int listenerIndex) {
    return "relay.edge." + listenerIndex;
  }
}

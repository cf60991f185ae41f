package dev.relay.bus;

/** Every event-bus address Relay uses. */
public final class Addresses {

  /** The node's hub; local to each node. */
  public static final String HUB = "relay.hub";

  /** Asked by a listener for each new connection (body: the client's address); answers null or a refusal. */
  public static final String ADMIT = "relay.admission.admit";

  /** Told by a listener when an admitted connection closes (body: the client's address). */
  public static final String RELEASE = "relay.admission.release";

  /** The node's account service: logins, registration, passwords ({@link AccountRequest}, answered). */
  public static final String ACCOUNTS = "relay.accounts";

  /**
   * Every node's account service, clustered: a change to the registered accounts made on one node (body: an
   * {@code accounts.AccountChange} in its text form), published so that every node's directory follows.
   */
  /** The node's file service: upload tokens and what is known of a file ({@link FileRequest}); local. */
  public static final String FILES = "relay.files";

  public static final String ACCOUNT_CHANGES = "relay.accounts.changes";

  /**
   * Every node's hub, clustered: a change to rooms' settings, ranks or sanctions made on one node (body: the change
   * in its JSON form, {@code chat.RoomChangeWire}), published so that every node's rules follow in one hop.
   */
  public static final String ROOM_CHANGES = "relay.rooms.changes";

  private Addresses() {
  }

  /**
   * A node's hub as its peers reach it: the one clustered address per node, registered once at start-up,
   * so connecting users never adds an entry to the cluster's subscription registry.
   */
  public static String node(String nodeId) {
    return "relay.node." + nodeId;
  }

  /** The address of one listener verticle instance; registered locally, so unique within its node only. */
  public static String edge(int listenerIndex) {
    return "relay.edge." + listenerIndex;
  }
}

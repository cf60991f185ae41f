package dev.relay.bus;

/** Why a connection ended: the label of the disconnects metric, and the reason rooms are told. */
public enum DisconnectReason {
  QUIT(""),
  CLOSED(""),
  RESET(""),
  SLOW_CONSUMER("slow consumer"),
  HANDSHAKE_TIMEOUT(""),
  /** An IRC client that answered no PING. */
  PING_TIMEOUT("ping timeout"),
  REFUSED(""),
  KILLED("killed"),
  /** Put out by a ban, or refused at the door for one. */
  BANNED("banned"),
  SHUTDOWN("server shutting down"),
  ALIAS_LOST("alias taken during a network split");

  private final String notice;

  DisconnectReason(String notice) {
    this.notice = notice;
  }

  /** The reason in the room's left notice, empty for an ordinary disconnect. */
  public String notice() {
    return notice;
  }
}

package dev.relay.bench;

/** What ends a message's time in flight ({@code --ack}). */
enum AckMode {

  /** Every receiver of the message (its room but the sender) has its first copy. */
  ALL("all"),
  /**
   * The sender sees its own echo; where the server does not echo (IRC), one designated receiver on the
   * sender's loop has the message.
   */
  SENDER("sender");

  private final String label;

  AckMode(String label) {
    this.label = label;
  }

  /** The mode called {@code label} on the command line. */
  static AckMode named(String label) {
    for (AckMode mode : values()) {
      if (mode.label.equals(label)) {
        return mode;
      }
    }
    throw new IllegalArgumentException("--ack must be all or sender, got '" + label + "'");
  }

  /** Its name on the command line and in the report. */
  String label() {
    return label;
  }
}

package dev.relay.bench;

/**
 * The counters of one or more tallies at one moment. "Measured" figures cover messages sent during the
 * measurement; the others cover the whole run, warm-up included.
 *
 * @param sent               messages sent
 * @param sentMeasured       messages sent during the measurement
 * @param acknowledged       messages their sender knows arrived: at every receiver ({@code --ack all}), or
 *                           its own echo or its acknowledging member ({@code --ack sender})
 * @param expected           deliveries due: each message sent, once per receiver in its room
 * @param delivered          first copies received (the sender's own echo is not a delivery)
 * @param deliveredMeasured  first copies received of messages sent during the measurement
 * @param duplicated         copies of messages a receiver already had
 * @param reordered          messages that arrived after a later one from the same sender
 * @param unexpected         bench messages from a sender outside the receiver's room
 * @param serverErrors       error lines received after the handshake
 * @param disconnects        connections the server closed after the handshake
 * @param firstServerError   the first such error line, or null
 */
record Counts(long sent, long sentMeasured, long acknowledged, long expected, long delivered, long deliveredMeasured,
    long duplicated, long reordered, long unexpected, long serverErrors, long disconnects, String firstServerError) {

  static final Counts ZERO = new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, null);

  Counts plus(Counts o) {
    return new Counts(sent + o.sent, sentMeasured + o.sentMeasured, acknowledged + o.acknowledged,
        expected + o.expected, delivered + o.delivered, deliveredMeasured + o.deliveredMeasured,
        duplicated + o.duplicated, reordered + o.reordered, unexpected + o.unexpected,
        serverErrors + o.serverErrors, disconnects + o.disconnects,
        firstServerError != null ? firstServerError : o.firstServerError);
  }

  long inFlight() {
    return sent - acknowledged;
  }

  /** Deliveries that never happened; final only once nothing is in flight any more. */
  long lost() {
    return Math.max(0, expected - delivered);
  }

  /** Every message acknowledged and every delivery made: nothing left to wait for. */
  boolean settled() {
    return inFlight() <= 0 && delivered >= expected;
  }
}

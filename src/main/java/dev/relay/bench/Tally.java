package dev.relay.bench;

import org.HdrHistogram.Histogram;

/**
 * The counters and latencies of the senders and members on one event loop. Owned by that loop: only its
 * thread touches a tally; others read copies through {@link Loop#call}.
 */
final class Tally {

  private static final int SIGNIFICANT_DIGITS = 3;

  private final Histogram latencyMicros = new Histogram(SIGNIFICANT_DIGITS);
  private Measurement measurement = Measurement.NONE;
  private long sent;
  private long sentMeasured;
  private long acknowledged;
  private long expected;
  private long delivered;
  private long deliveredMeasured;
  private long duplicated;
  private long reordered;
  private long unexpected;
  private long serverErrors;
  private long disconnects;
  private String firstServerError;

  void measure(Measurement period) {
    measurement = period;
  }

  void sent(long nanos, int receivers) {
    sent++;
    expected += receivers;
    if (measurement.contains(nanos)) {
      sentMeasured++;
    }
  }

  void acknowledged(long messages) {
    acknowledged += messages;
  }

  /** A receiver got a message; the latency of first copies of measured messages is recorded. */
  void received(SequenceTracker.Outcome outcome, long sentNanos, long receivedNanos) {
    switch (outcome) {
      case NEW, LATE -> {
        delivered++;
        if (outcome == SequenceTracker.Outcome.LATE) {
          reordered++;
        }
        if (measurement.contains(sentNanos)) {
          deliveredMeasured++;
          latencyMicros.recordValue(Math.max(0, (receivedNanos - sentNanos) / 1000));
        }
      }
      case DUPLICATE -> duplicated++;
      case UNEXPECTED -> unexpected++;
    }
  }

  void serverError(String line) {
    serverErrors++;
    if (firstServerError == null) {
      firstServerError = line;
    }
  }

  void disconnected() {
    disconnects++;
  }

  Counts counts() {
    return new Counts(sent, sentMeasured, acknowledged, expected, delivered, deliveredMeasured, duplicated,
        reordered, unexpected, serverErrors, disconnects, firstServerError);
  }

  Histogram latencyCopy() {
    return latencyMicros.copy();
  }
}

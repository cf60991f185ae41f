package dev.relay.bench;

import java.util.List;

/**
 * The shape of a load run.
 *
 * @param warmupSeconds   sending before the measurement starts
 * @param durationSeconds the measurement
 * @param drainSeconds    how long to wait, after sending stops, for messages in flight
 * @param window          unacknowledged messages per sender at most
 * @param sizeBytes       message text size (never less than its header)
 * @param ack             what ends a message's time in flight
 * @param serverPids      local server processes whose CPU time to read over the measurement; may be empty
 */
record LoadSettings(double warmupSeconds, double durationSeconds, double drainSeconds, int window, int sizeBytes,
    AckMode ack, List<Long> serverPids) {
}

package dev.relay.bench;

/**
 * The shape of a load run.
 *
 * @param warmupSeconds   sending before the measurement starts
 * @param durationSeconds the measurement
 * @param drainSeconds    how long to wait, after sending stops, for messages in flight
 * @param window          unacknowledged messages per sender at most
 * @param sizeBytes       message text size (never less than its header)
 * @param ack             what ends a message's time in flight
 */
record LoadSettings(double warmupSeconds, double durationSeconds, double drainSeconds, int window, int sizeBytes,
    AckMode ack) {
}

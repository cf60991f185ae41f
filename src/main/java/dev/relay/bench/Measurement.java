package dev.relay.bench;

/**
 * The measured part of a run, in {@code System.nanoTime()} of this process. A message belongs to it when it
 * was sent inside it, whenever it arrives; senders and receivers decide from the time stamped in the
 * message, so both sides always agree on which messages count.
 */
record Measurement(long startNanos, long endNanos) {

  /** Before a measurement is set, nothing is measured. */
  static final Measurement NONE = new Measurement(Long.MAX_VALUE, Long.MAX_VALUE);

  boolean contains(long sentNanos) {
    return sentNanos >= startNanos && sentNanos < endNanos;
  }
}

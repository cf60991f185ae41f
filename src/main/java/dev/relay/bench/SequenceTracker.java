package dev.relay.bench;

import java.util.HashSet;
import java.util.Set;

/**
 * What one receiver has seen of the senders in its room: the next sequence number it expects from each,
 * and the numbers it skipped. A number above the expected one is new and leaves a gap; a number below it
 * is late (it fills a gap, so it came out of order) or a duplicate. Losses are not decided here: they are
 * the messages a receiver should have got and never did, counted once sending has stopped and the
 * messages in flight have arrived.
 *
 * <p>Senders are numbered {@code firstSender .. firstSender + senders - 1}; anything else is unexpected.
 * At most {@link #MAX_GAPS} skipped numbers are remembered (a healthy server leaves none); a late arrival
 * past that bound counts as a duplicate. Not thread-safe: one tracker per receiver, on its loop.
 */
final class SequenceTracker {

  enum Outcome {
    /** The next one, or one past a gap: the first copy of a message. */
    NEW,
    /** A number that was skipped earlier: the first copy, but out of order. */
    LATE,
    /** A number already received. */
    DUPLICATE,
    /** From a sender outside this receiver's room. */
    UNEXPECTED
  }

  static final int MAX_GAPS = 10_000;
  private static final int SEQ_BITS = 40;

  private final int firstSender;
  private final long[] next;
  private Set<Long> gaps;

  SequenceTracker(int firstSender, int senders) {
    this.firstSender = firstSender;
    this.next = new long[senders];
  }

  Outcome record(int sender, long seq) {
    int slot = sender - firstSender;
    if (slot < 0 || slot >= next.length || seq < 0 || seq >= 1L << SEQ_BITS) {
      return Outcome.UNEXPECTED;
    }
    long expected = next[slot];
    if (seq >= expected) {
      rememberGap(slot, expected, seq);
      next[slot] = seq + 1;
      return Outcome.NEW;
    }
    return gaps != null && gaps.remove(key(slot, seq)) ? Outcome.LATE : Outcome.DUPLICATE;
  }

  private void rememberGap(int slot, long from, long to) {
    if (from == to) {
      return;
    }
    if (gaps == null) {
      gaps = new HashSet<>();
    }
    for (long seq = from; seq < to && gaps.size() < MAX_GAPS; seq++) {
      gaps.add(key(slot, seq));
    }
  }

  private static long key(int slot, long seq) {
    return ((long) slot << SEQ_BITS) | seq;
  }
}

package dev.relay.bench;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * With {@code --ack all}: the first copies that the members on one event loop received of each sender's
 * messages in flight. Once every receiver of a message on this loop has its first copy, the loop's share of
 * that message is complete and is reported, once, to whoever completes the sender's messages (its
 * {@link Completions}, on the sender's loop).
 *
 * <p>A sender has at most {@code window} messages in flight and sends message {@code seq} only once
 * {@code seq - window} is complete everywhere, so a ring of {@code window} slots indexed by
 * {@code seq % window} holds every message in flight; each slot keeps its seq, and a copy of a message
 * older than its slot's is ignored. Owned by its loop: after set-up only that loop's thread calls
 * {@link #received}.
 */
final class Receipts {

  private final Share[] bySender;

  /** @param senders sender numbers are {@code 0 .. senders - 1} */
  Receipts(int senders) {
    this.bySender = new Share[senders];
  }

  /**
   * Expects {@code receivers} members on this loop to receive each message of {@code sender}, and hands
   * {@code complete} the seq of each message they all have; called on this loop. Set up before any
   * connection opens.
   */
  void expect(int sender, int receivers, int window, LongConsumer complete) {
    bySender[sender] = new Share(receivers, window, complete);
  }

  /** A member on this loop got a copy of {@code sender}'s message {@code seq}; only first copies count. */
  void received(SequenceTracker.Outcome outcome, int sender, long seq) {
    if (outcome != SequenceTracker.Outcome.NEW && outcome != SequenceTracker.Outcome.LATE) {
      return;
    }
    Share share = sender >= 0 && sender < bySender.length ? bySender[sender] : null;
    if (share != null) {
      share.received(seq);
    }
  }

  /** One sender's messages in flight as this loop sees them. */
  private static final class Share {

    private final int receivers;
    private final long[] seqs;
    private final int[] copies;
    private final LongConsumer complete;

    Share(int receivers, int window, LongConsumer complete) {
      this.receivers = receivers;
      this.seqs = new long[window];
      this.copies = new int[window];
      this.complete = complete;
      Arrays.fill(seqs, -1);
    }

    void received(long seq) {
      int slot = (int) (seq % seqs.length);
      if (seqs[slot] != seq) {
        if (seqs[slot] > seq) {
          return;
        }
        seqs[slot] = seq;
        copies[slot] = 0;
      }
      if (++copies[slot] == receivers) {
        complete.accept(seq);
      }
    }
  }
}

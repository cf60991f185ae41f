package dev.relay.bench;

import java.util.Arrays;
import java.util.function.LongConsumer;

/**
 * With {@code --ack all}: which of one sender's messages have reached every receiver. Each loop with
 * receivers of the sender reports its share of a message complete ({@link Receipts}), in any order; a
 * message is complete once every such loop has. Acknowledgements are cumulative and in order: they advance
 * only over contiguous complete messages, so a message that never completes (lost somewhere) holds the
 * window there, and the sender stops until the run counts the loss.
 *
 * <p>Messages more than {@code window} past the last acknowledged one cannot be in flight and are ignored;
 * so is a message already acknowledged. On the sender's loop only.
 */
final class Completions {

  private final int loops;
  private final long[] seqs;
  private final int[] shares;
  private final LongConsumer acknowledge;
  /** Messages {@code 0 .. through - 1} are complete. */
  private long through;

  /**
   * @param loops       loops with receivers of the sender: shares that make a message complete
   * @param window      the sender's messages in flight at most
   * @param acknowledge takes the seq through which every message is complete, each time it moves
   */
  Completions(int loops, int window, LongConsumer acknowledge) {
    this.loops = loops;
    this.seqs = new long[window];
    this.shares = new int[window];
    this.acknowledge = acknowledge;
    Arrays.fill(seqs, -1);
  }

  /** One loop's receivers all have message {@code seq}. */
  void shareComplete(long seq) {
    if (seq < through || seq >= through + seqs.length) {
      return;
    }
    int slot = slot(seq);
    if (seqs[slot] != seq) {
      seqs[slot] = seq;
      shares[slot] = 0;
    }
    shares[slot]++;
    long before = through;
    while (complete(through)) {
      through++;
    }
    if (through > before) {
      acknowledge.accept(through - 1);
    }
  }

  private boolean complete(long seq) {
    int slot = slot(seq);
    return seqs[slot] == seq && shares[slot] >= loops;
  }

  private int slot(long seq) {
    return (int) (seq % seqs.length);
  }
}

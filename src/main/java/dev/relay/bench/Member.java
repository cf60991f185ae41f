package dev.relay.bench;

import java.util.HashMap;
import java.util.Map;

/**
 * The reading side of a room member: checks every bench message it receives against its sequence tracker
 * and counts it on its loop's tally. Its own messages coming back (Relay echoes them) are not deliveries,
 * so that Relay and IRC, which does not echo, count the same deliveries. What else it does with a message
 * depends on {@code --ack}: with {@code all} it hands every copy to its loop's {@link Receipts}, and its own
 * echo is ignored; with {@code sender} its own echo acknowledges its sender, and where the server does not
 * echo it also acknowledges the senders assigned to it, which share its loop. Runs on its connection's loop.
 */
final class Member implements BenchClient.Reader {

  private final int id;
  private final SequenceTracker tracker;
  private final Tally tally;
  private final BenchText text = new BenchText();
  private Sender own;
  private Map<Integer, Sender> acknowledged;
  private Receipts receipts;

  Member(int id, SequenceTracker tracker, Tally tally) {
    this.id = id;
    this.tracker = tracker;
    this.tally = tally;
  }

  /**
   * With {@code --ack sender}: makes this member tell {@code sender} when its messages arrive; set up before
   * the connection opens.
   */
  void acknowledges(Sender sender) {
    if (sender.id() == id) {
      own = sender;
    } else {
      if (acknowledged == null) {
        acknowledged = new HashMap<>();
      }
      acknowledged.put(sender.id(), sender);
    }
  }

  /** With {@code --ack all}: the receipts of this member's loop; set up before the connection opens. */
  void reportsTo(Receipts loopReceipts) {
    this.receipts = loopReceipts;
  }

  /** Someone else's chat in the room is not a bench message and is left alone. */
  @Override
  public void chat(byte[] line, int from, int to, long receivedNanos) {
    if (!text.read(line, from, to)) {
      return;
    }
    int sender = text.sender();
    if (sender == id) {
      if (own != null) {
        own.acknowledge(text.seq());
      }
      return;
    }
    SequenceTracker.Outcome outcome = tracker.record(sender, text.seq());
    tally.received(outcome, text.nanos(), receivedNanos);
    if (receipts != null) {
      receipts.received(outcome, sender, text.seq());
    } else if (acknowledged != null) {
      Sender acknowledging = acknowledged.get(sender);
      if (acknowledging != null) {
        acknowledging.acknowledge(text.seq());
      }
    }
  }
}

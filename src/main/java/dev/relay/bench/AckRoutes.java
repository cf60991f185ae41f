package dev.relay.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Who tells each sender that its messages arrived, by {@code --ack} mode. {@code sender}: its own echo, or
 * where the server does not echo, the acknowledging member on its loop. {@code all}: each loop's
 * {@link Receipts} count the first copies its members receive and report a loop's complete share of a
 * message to the sender's {@link Completions}: directly when the sender shares the loop, otherwise as a
 * task on the sender's loop (tasks from one thread to a loop run in the order sent). Every piece is then
 * touched by its own loop only; this runs on the driving thread before any connection opens.
 */
final class AckRoutes {

  private AckRoutes() {
  }

  /** Ties every sender in {@code senders} to what acknowledges it; {@code members} are indexed by seat id. */
  static void tie(LoadPlan plan, Fleet fleet, List<Member> members, List<Sender> senders) {
    if (plan.load().ack() == AckMode.ALL) {
      tieToEveryReceiver(plan.layout(), plan.load().window(), fleet, members, senders);
    } else {
      tieToEcho(plan.layout(), plan.dialect(), members, senders);
    }
  }

  private static void tieToEcho(Layout layout, Dialect dialect, List<Member> members, List<Sender> senders) {
    for (Sender sender : senders) {
      Seat seat = layout.seats().get(sender.id());
      members.get(dialect.echoesSender() ? seat.id() : seat.acknowledger()).acknowledges(sender);
    }
  }

  private static void tieToEveryReceiver(Layout layout, int window, Fleet fleet, List<Member> members,
      List<Sender> senders) {
    List<Receipts> receipts = new ArrayList<>();
    for (int i = 0; i < fleet.loops(); i++) {
      receipts.add(new Receipts(layout.clients()));
    }
    for (Seat seat : layout.seats()) {
      members.get(seat.id()).reportsTo(receipts.get(seat.loop()));
    }
    for (Sender sender : senders) {
      Seat seat = layout.seats().get(sender.id());
      int[] receivers = layout.receiversByLoop(seat);
      int loops = (int) Arrays.stream(receivers).filter(n -> n > 0).count();
      Completions completions = new Completions(loops, window, sender::acknowledge);
      Loop senderLoop = fleet.loop(seat.loop());
      for (int loop = 0; loop < receivers.length; loop++) {
        if (receivers[loop] > 0) {
          LongConsumer report = loop == seat.loop()
              ? completions::shareComplete
              : seq -> senderLoop.later(() -> completions.shareComplete(seq));
          receipts.get(loop).expect(sender.id(), receivers[loop], window, report);
        }
      }
    }
  }
}

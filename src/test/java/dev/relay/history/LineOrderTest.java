package dev.relay.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.ChatEvent.Line;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A room's one order on one node: numbering, holding early lines, giving up on lost ones, late ones kept. */
class LineOrderTest {

  private static final Instant AT = Instant.parse("2026-11-30T12:00:00Z");

  private final ManualTimers timers = new ManualTimers();
  private final List<String> delivered = new ArrayList<>();
  private final List<Long> sentToPeers = new ArrayList<>();

  private LineOrder order(RoomSequencer sequencer, long stored) {
    return new LineOrder(sequencer, room -> Future.succeededFuture(stored),
        (room, line, ours) -> delivered.add(line.seq() + (ours ? " ours " : " ") + line.text()),
        (room, line, ours) -> sentToPeers.add(line.seq()), timers, 1_000, pending -> pending);
  }

  private static Line said(long seq, String text) {
    return new ChatEvent.Said("dev", seq, AT, "alice", text);
  }

  private static LineOrder.Draft draft(String text) {
    return seq -> said(seq, text);
  }

  @Test
  void aloneTheLinesAreNumberedFromTheStoresLastAtOnce() {
    LineOrder order = order(RoomSequencer.ALONE, 41);
    order.submit("dev", draft("a"));
    order.submit("dev", draft("b"));
    assertThat(delivered).containsExactly("42 ours a", "43 ours b");
    assertThat(sentToPeers).containsExactly(42L, 43L);
    assertThat(order.last("dev")).isEqualTo(43);
  }

  @Test
  void anEarlyLineWaitsForTheOnesBeforeIt() {
    LineOrder order = order(RoomSequencer.ALONE, 4);
    order.arrived("dev", said(5, "five"), false);
    order.arrived("dev", said(7, "seven"), false);
    order.arrived("dev", said(8, "eight"), false);
    assertThat(delivered).containsExactly("5 five");
    order.arrived("dev", said(6, "six"), false);
    assertThat(delivered).containsExactly("5 five", "6 six", "7 seven", "8 eight");
    assertThat(timers.pending()).isZero();
  }

  @Test
  void aRoomsFirstLineHereWaitsForTheOnesBeforeItThatTheStoreDoesNotHaveYet() {
    LineOrder order = order(RoomSequencer.ALONE, 0);
    order.arrived("dev", said(3, "three"), false);
    assertThat(delivered).isEmpty();
    order.arrived("dev", said(1, "one"), false);
    order.arrived("dev", said(2, "two"), false);
    assertThat(delivered).containsExactly("1 one", "2 two", "3 three");
  }

  @Test
  void aFirstLineWhoseOnesBeforeNeverComeGoesAfterTheWait() {
    LineOrder order = order(RoomSequencer.ALONE, 0);
    order.arrived("dev", said(3, "three"), false);
    timers.advance(1_000);
    assertThat(delivered).containsExactly("3 three");
  }

  @Test
  void linesThatNeverComeAreGivenUpAfterTheWaitAndALateOneIsStillDelivered() {
    LineOrder order = order(RoomSequencer.ALONE, 0);
    order.arrived("dev", said(1, "one"), false);
    order.arrived("dev", said(3, "three"), false);
    timers.advance(999);
    assertThat(delivered).containsExactly("1 one");
    timers.advance(1);
    assertThat(delivered).containsExactly("1 one", "3 three");
    order.arrived("dev", said(2, "two"), false);
    assertThat(delivered).containsExactly("1 one", "3 three", "2 two");
    assertThat(order.late()).isEqualTo(1);
  }

  /** A sequencer that answers when the test says, as a cluster's shared counter does. */
  private static final class SlowSequencer implements RoomSequencer {
    final ArrayDeque<Promise<Long>> asked = new ArrayDeque<>();
    final List<Integer> counts = new ArrayList<>();
    long next = 1;

    @Override
    public Future<Long> reserve(String roomKey, int count, long floor) {
      Promise<Long> answer = Promise.promise();
      asked.add(answer);
      counts.add(count);
      return answer.future();
    }

    void answer() {
      int count = counts.get(counts.size() - asked.size());
      asked.poll().complete(next);
      next += count;
    }
  }

  @Test
  void oneRequestAtATimeNumbersEveryLineWaitingSoOneSendersOrderHolds() {
    SlowSequencer sequencer = new SlowSequencer();
    LineOrder order = order(sequencer, 0);
    order.submit("dev", draft("a"));
    order.submit("dev", draft("b"));
    order.submit("dev", draft("c"));
    assertThat(sequencer.asked).hasSize(1);
    sequencer.answer();
    assertThat(sequencer.counts).containsExactly(1, 2);
    sequencer.answer();
    assertThat(delivered).containsExactly("1 ours a", "2 ours b", "3 ours c");
  }

  @Test
  void anOtherNodesLineBetweenOursIsDeliveredInItsPlace() {
    SlowSequencer sequencer = new SlowSequencer();
    sequencer.next = 2;
    LineOrder order = order(sequencer, 0);
    order.arrived("dev", said(1, "theirs first"), false);
    order.submit("dev", draft("ours"));
    sequencer.next = 3;
    sequencer.answer();
    assertThat(delivered).containsExactly("1 theirs first");
    order.arrived("dev", said(2, "theirs second"), false);
    assertThat(delivered).containsExactly("1 theirs first", "2 theirs second", "3 ours ours");
  }

  @Test
  void aFailedRequestIsTriedAgain() {
    int[] calls = {0};
    RoomSequencer flaky = (room, count, floor) -> ++calls[0] == 1 ? Future.failedFuture("cluster busy")
        : Future.succeededFuture(floor + 1);
    LineOrder order = order(flaky, 9);
    order.submit("dev", draft("a"));
    assertThat(delivered).isEmpty();
    timers.advance(500);
    assertThat(delivered).containsExactly("10 ours a");
  }
}

package dev.relay.bench;

import static dev.relay.bench.SequenceTracker.Outcome.DUPLICATE;
import static dev.relay.bench.SequenceTracker.Outcome.LATE;
import static dev.relay.bench.SequenceTracker.Outcome.NEW;
import static dev.relay.bench.SequenceTracker.Outcome.UNEXPECTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One loop's share of a sender's message: complete when its receivers there have their first copies. */
class ReceiptsTest {

  private final List<Long> complete = new ArrayList<>();
  private final Receipts receipts = new Receipts(4);

  @Test
  void aSharesCompletesAtExactlyItsReceiversOnTheLoop() {
    receipts.expect(2, 3, 8, complete::add);

    receipts.received(NEW, 2, 0);
    receipts.received(NEW, 2, 0);
    assertThat(complete).isEmpty();

    receipts.received(LATE, 2, 0);
    assertThat(complete).containsExactly(0L);
  }

  @Test
  void duplicatesAndStrangersDoNotCount() {
    receipts.expect(1, 2, 8, complete::add);

    receipts.received(NEW, 1, 5);
    receipts.received(DUPLICATE, 1, 5);
    receipts.received(UNEXPECTED, 1, 5);
    receipts.received(NEW, 3, 5);
    assertThat(complete).isEmpty();

    receipts.received(NEW, 1, 5);
    assertThat(complete).containsExactly(5L);
  }

  @Test
  void messagesInFlightAreCountedApartAndCompleteInTheOrderTheirCopiesDo() {
    receipts.expect(0, 2, 4, complete::add);

    receipts.received(NEW, 0, 0);
    receipts.received(NEW, 0, 1);
    receipts.received(NEW, 0, 2);
    receipts.received(NEW, 0, 1);
    receipts.received(NEW, 0, 2);
    receipts.received(NEW, 0, 0);

    assertThat(complete).containsExactly(1L, 2L, 0L);
  }

  @Test
  void aSlotIsReusedByTheMessageOneWindowLaterAndIgnoresOlderCopies() {
    receipts.expect(0, 1, 4, complete::add);

    receipts.received(NEW, 0, 1);
    receipts.received(NEW, 0, 5);
    receipts.received(LATE, 0, 1);

    assertThat(complete).containsExactly(1L, 5L);
  }

  @Test
  void aSenderWithNoReceiversOnTheLoopIsNotCounted() {
    receipts.received(NEW, 2, 0);

    assertThat(complete).isEmpty();
  }
}

package dev.relay.bench;

import static dev.relay.bench.SequenceTracker.Outcome.NEW;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A sender's messages complete once every loop with receivers reported its share; acknowledgements only
 * move forward over contiguous complete messages.
 */
class CompletionsTest {

  private final List<Long> acknowledged = new ArrayList<>();

  @Test
  void aMessageCompletesWhenEveryLoopHasReported() {
    Completions completions = new Completions(3, 4, acknowledged::add);

    completions.shareComplete(0);
    completions.shareComplete(0);
    assertThat(acknowledged).isEmpty();

    completions.shareComplete(0);
    assertThat(acknowledged).containsExactly(0L);
  }

  @Test
  void anOutOfOrderCompletionWaitsForTheEarlierOnesAndIsAcknowledgedWithThem() {
    Completions completions = new Completions(2, 4, acknowledged::add);

    completions.shareComplete(1);
    completions.shareComplete(2);
    completions.shareComplete(1);
    completions.shareComplete(2);
    assertThat(acknowledged).isEmpty();

    completions.shareComplete(0);
    completions.shareComplete(0);
    assertThat(acknowledged).containsExactly(2L);
  }

  @Test
  void aMessageThatNeverCompletesHoldsTheWindow() {
    Completions completions = new Completions(1, 3, acknowledged::add);

    completions.shareComplete(0);
    completions.shareComplete(2);
    completions.shareComplete(3);
    completions.shareComplete(4);

    assertThat(acknowledged).containsExactly(0L);
  }

  @Test
  void reportsOutsideTheWindowOrAlreadyAcknowledgedAreIgnored() {
    Completions completions = new Completions(2, 2, acknowledged::add);

    completions.shareComplete(2);
    completions.shareComplete(0);
    completions.shareComplete(0);
    completions.shareComplete(0);
    completions.shareComplete(1);
    completions.shareComplete(1);
    completions.shareComplete(2);
    assertThat(acknowledged).containsExactly(0L, 1L);

    completions.shareComplete(2);
    assertThat(acknowledged).containsExactly(0L, 1L, 2L);
  }

  @Test
  void receiptsOnSeveralLoopsAcknowledgeCumulativelyAndInOrder() {
    Completions completions = new Completions(2, 4, acknowledged::add);
    Receipts near = new Receipts(1);
    Receipts far = new Receipts(1);
    near.expect(0, 2, 4, completions::shareComplete);
    far.expect(0, 3, 4, completions::shareComplete);

    for (long seq = 0; seq < 4; seq++) {
      near.received(NEW, 0, seq);
      near.received(NEW, 0, seq);
    }
    far.received(NEW, 0, 1);
    far.received(NEW, 0, 1);
    far.received(NEW, 0, 1);
    assertThat(acknowledged).isEmpty();

    for (int receiver = 0; receiver < 3; receiver++) {
      far.received(NEW, 0, 0);
    }
    assertThat(acknowledged).containsExactly(1L);

    for (int receiver = 0; receiver < 3; receiver++) {
      far.received(NEW, 0, 3);
    }
    assertThat(acknowledged).containsExactly(1L);

    far.received(NEW, 0, 2);
    far.received(NEW, 0, 2);
    assertThat(acknowledged).containsExactly(1L);
    far.received(NEW, 0, 2);
    assertThat(acknowledged).containsExactly(1L, 3L);
  }
}

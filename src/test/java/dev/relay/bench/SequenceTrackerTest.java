package dev.relay.bench;

import static dev.relay.bench.SequenceTracker.Outcome.DUPLICATE;
import static dev.relay.bench.SequenceTracker.Outcome.LATE;
import static dev.relay.bench.SequenceTracker.Outcome.NEW;
import static dev.relay.bench.SequenceTracker.Outcome.UNEXPECTED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a receiver makes of the sequence numbers it sees, and how losses show in the tally. */
class SequenceTrackerTest {

  private final SequenceTracker tracker = new SequenceTracker(10, 3);

  @Test
  void eachSenderIsFollowedOnItsOwn() {
    assertThat(tracker.record(10, 0)).isEqualTo(NEW);
    assertThat(tracker.record(11, 0)).isEqualTo(NEW);
    assertThat(tracker.record(10, 1)).isEqualTo(NEW);
    assertThat(tracker.record(12, 0)).isEqualTo(NEW);
    assertThat(tracker.record(11, 1)).isEqualTo(NEW);
  }

  @Test
  void aRepeatedNumberIsADuplicate() {
    tracker.record(10, 0);
    tracker.record(10, 1);

    assertThat(tracker.record(10, 1)).isEqualTo(DUPLICATE);
    assertThat(tracker.record(10, 0)).isEqualTo(DUPLICATE);
  }

  @Test
  void aSkippedNumberArrivingLaterIsLateOnceThenADuplicate() {
    tracker.record(10, 0);
    assertThat(tracker.record(10, 3)).isEqualTo(NEW);

    assertThat(tracker.record(10, 2)).isEqualTo(LATE);
    assertThat(tracker.record(10, 1)).isEqualTo(LATE);
    assertThat(tracker.record(10, 1)).isEqualTo(DUPLICATE);
    assertThat(tracker.record(10, 4)).isEqualTo(NEW);
  }

  @Test
  void aSenderOutsideTheRoomIsUnexpected() {
    assertThat(tracker.record(9, 0)).isEqualTo(UNEXPECTED);
    assertThat(tracker.record(13, 0)).isEqualTo(UNEXPECTED);
    assertThat(tracker.record(10, -1)).isEqualTo(UNEXPECTED);
  }

  @Test
  void aMessageThatNeverArrivesIsCountedLost() {
    Tally tally = new Tally();
    for (int seq = 0; seq < 4; seq++) {
      tally.sent(seq, 1);
    }
    tally.received(tracker.record(10, 0), 0, 0);
    tally.received(tracker.record(10, 2), 2, 2);
    tally.received(tracker.record(10, 3), 3, 3);

    Counts counts = tally.counts();
    assertThat(counts.expected()).isEqualTo(4);
    assertThat(counts.delivered()).isEqualTo(3);
    assertThat(counts.lost()).isEqualTo(1);
    assertThat(counts.reordered()).isZero();
    assertThat(counts.settled()).isFalse();
  }

  @Test
  void aLateMessageIsReorderedNotLost() {
    Tally tally = new Tally();
    for (int seq = 0; seq < 3; seq++) {
      tally.sent(seq, 1);
    }
    tally.received(tracker.record(10, 0), 0, 0);
    tally.received(tracker.record(10, 2), 2, 2);
    tally.received(tracker.record(10, 1), 1, 1);
    tally.received(tracker.record(10, 1), 1, 1);

    Counts counts = tally.counts();
    assertThat(counts.lost()).isZero();
    assertThat(counts.reordered()).isEqualTo(1);
    assertThat(counts.duplicated()).isEqualTo(1);
  }

  @Test
  void onlyMessagesSentDuringTheMeasurementAreMeasured() {
    Tally tally = new Tally();
    tally.measure(new Measurement(100, 200));
    tally.sent(50, 1);
    tally.sent(150, 1);
    tally.received(tracker.record(10, 0), 50, 60);
    tally.received(tracker.record(10, 1), 150, 3_150);

    Counts counts = tally.counts();
    assertThat(counts.sentMeasured()).isEqualTo(1);
    assertThat(counts.deliveredMeasured()).isEqualTo(1);
    assertThat(tally.latencyCopy().getTotalCount()).isEqualTo(1);
    assertThat(tally.latencyCopy().getMaxValue()).isEqualTo(3);
  }
}

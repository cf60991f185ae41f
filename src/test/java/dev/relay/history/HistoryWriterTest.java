package dev.relay.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.bus.LineKind;
import dev.relay.store.StoredLine;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/** Lines go to the store in batches, one at a time, a refused batch again; what waits is bounded. */
class HistoryWriterTest {

  private final ManualTimers timers = new ManualTimers();
  private final List<List<Long>> batches = new ArrayList<>();
  private final List<Promise<Void>> answers = new ArrayList<>();

  /** Only append is used by the writer. */
  private final NoStore store = new NoStore() {
    @Override
    public Future<Void> append(List<StoredLine> lines) {
      batches.add(lines.stream().map(StoredLine::seq).toList());
      Promise<Void> answer = Promise.promise();
      answers.add(answer);
      return answer.future();
    }
  };

  private static StoredLine line(long seq) {
    return new StoredLine("dev", seq, Instant.EPOCH, LineKind.SAID, "a", "x");
  }

  @Test
  void aBatchGoesWhenFullOrWhenTheFirstLineHasWaitedLongEnough() {
    HistoryWriter writer = new HistoryWriter(store, timers, 3, 200, 100);
    writer.add(line(1));
    writer.add(line(2));
    assertThat(batches).isEmpty();
    timers.advance(200);
    assertThat(batches).containsExactly(List.of(1L, 2L));
    answers.get(0).complete();
    LongStream.rangeClosed(3, 5).forEach(seq -> writer.add(line(seq)));
    assertThat(batches).containsExactly(List.of(1L, 2L), List.of(3L, 4L, 5L));
    assertThat(writer.unwritten("dev")).isEqualTo(5);
    answers.get(1).complete();
    assertThat(writer.unwritten("dev")).isEqualTo(-1);
    assertThat(writer.written()).isEqualTo(5);
  }

  @Test
  void aRefusedBatchIsTriedAgainWholeAndTheOldestAreDroppedPastTheBound() {
    HistoryWriter writer = new HistoryWriter(store, timers, 2, 200, 3);
    writer.add(line(1));
    writer.add(line(2));
    writer.add(line(3));
    writer.add(line(4));
    answers.get(0).fail("store away");
    assertThat(writer.dropped()).isEqualTo(1);
    assertThat(writer.unwrittenLines("dev")).extracting(StoredLine::seq).containsExactly(2L, 3L, 4L);
    timers.advance(1_000);
    assertThat(batches.get(1)).containsExactly(2L, 3L);
  }

  @Test
  void aDrainCompletesOnceEverythingWaitingIsWritten() {
    HistoryWriter writer = new HistoryWriter(store, timers, 10, 200, 100);
    writer.add(line(1));
    Future<Void> drained = writer.drain();
    assertThat(drained.isComplete()).isFalse();
    answers.get(0).complete();
    assertThat(drained.succeeded()).isTrue();
  }
}

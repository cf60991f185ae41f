package dev.relay.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.history.Timers;
import dev.relay.store.FileStore;
import dev.relay.store.StoredFile;
import dev.relay.store.UploadToken;
import dev.relay.testing.MovedClock;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The sweep's schedule, with timers the test fires and a store that records the times it was asked about. */
class ExpirySweepTest {

  private final MovedClock clock = new MovedClock(Instant.parse("2026-01-01T00:00:00Z"));
  private final List<Instant> sweptAt = new ArrayList<>();
  private final List<Runnable> pending = new ArrayList<>();
  private final List<Long> delays = new ArrayList<>();

  @Test
  void itSweepsAtStartThenEveryPeriodUntilStopped() {
    ExpirySweep sweep = new ExpirySweep(new RecordingStore(), clock, new HeldTimers(), 3_600_000);
    sweep.start();
    assertThat(sweptAt).containsExactly(clock.instant());
    assertThat(delays).containsExactly(3_600_000L);
    clock.advance(Duration.ofHours(1));
    fire();
    assertThat(sweptAt).hasSize(2).last().isEqualTo(clock.instant());
    sweep.stop();
    fire();
    assertThat(sweptAt).hasSize(2);
  }

  private void fire() {
    List<Runnable> due = new ArrayList<>(pending);
    pending.clear();
    due.forEach(Runnable::run);
  }

  private final class HeldTimers implements Timers {

    @Override
    public long after(long millis, Runnable task) {
      delays.add(millis);
      pending.add(task);
      return pending.size();
    }

    @Override
    public void cancel(long id) {
      pending.clear();
    }
  }

  private final class RecordingStore implements FileStore {

    @Override
    public Future<Integer> deleteExpired(Instant now) {
      sweptAt.add(now);
      return Future.succeededFuture(0);
    }

    @Override
    public Future<Void> createToken(String tokenHash, UploadToken token) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<Optional<UploadToken>> findToken(String tokenHash, Instant now) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<Void> begin(StoredFile file) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<Void> appendChunk(String id, int n, Buffer bytes) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<Void> finish(String id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<Void> discard(String id) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<Optional<StoredFile>> find(String id, Instant now) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<Optional<Buffer>> chunk(String id, int n) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<Integer> uploadsSince(String uploaderKey, Instant since) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<Long> keptBytes() {
      throw new UnsupportedOperationException();
    }
  }
}

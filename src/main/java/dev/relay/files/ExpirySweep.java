package dev.relay.files;

import dev.relay.history.Timers;
import dev.relay.store.FileStore;
import io.vertx.core.Future;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes expired files (kept {@code uploads} keep time, docs/PROTOCOL.md 13) and expired upload tokens: once at
 * start, then every period, each run scheduled when the previous one has finished. Readers already ignore what
 * expired; the sweep frees the room. Confined to the context that started it.
 */
public final class ExpirySweep {

  private static final Logger LOG = LoggerFactory.getLogger(ExpirySweep.class);

  private final FileStore store;
  private final Clock clock;
  private final Timers timers;
  private final long periodMillis;
  private long timer = -1;
  private boolean stopped;

  public ExpirySweep(FileStore store, Clock clock, Timers timers, long periodMillis) {
    this.store = store;
    this.clock = clock;
    this.timers = timers;
    this.periodMillis = periodMillis;
  }

  /** Runs a sweep now, then every period. */
  public void start() {
    run();
  }

  public void stop() {
    stopped = true;
    if (timer >= 0) {
      timers.cancel(timer);
    }
  }

  /** One sweep. @return how many files it deleted */
  public Future<Integer> sweep() {
    return store.deleteExpired(clock.instant())
        .onSuccess(deleted -> {
          if (deleted > 0) {
            LOG.info("{} expired file{} deleted", deleted, deleted == 1 ? "" : "s");
          }
        })
        .onFailure(failure -> LOG.warn("cannot delete expired files: {}", failure.toString()));
  }

  private void run() {
    sweep().onComplete(done -> {
      if (!stopped) {
        timer = timers.after(periodMillis, this::run);
      }
    });
  }
}

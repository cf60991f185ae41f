package dev.relay.bench;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.function.Supplier;

/**
 * One event loop of the bench and the tally it owns. Connections opened on a loop run on it, and so do
 * their senders and members; everything else reaches the tally through {@link #call}.
 */
final class Loop {

  private final Vertx vertx;
  private final Context context;
  private final Tally tally = new Tally();

  /** Must be created off any event loop: each new context off a loop takes the next event loop in turn. */
  Loop(Vertx vertx) {
    this.vertx = vertx;
    this.context = vertx.getOrCreateContext();
  }

  /** The loop's tally; on the loop only. */
  Tally tally() {
    return tally;
  }

  /** Runs {@code task} on the loop, after whatever the loop is doing now. */
  void later(Runnable task) {
    context.runOnContext(v -> task.run());
  }

  Future<Void> run(Runnable task) {
    return call(() -> {
      task.run();
      return null;
    });
  }

  <T> Future<T> call(Supplier<T> task) {
    Promise<T> result = Promise.promise();
    context.runOnContext(v -> {
      try {
        result.complete(task.get());
      } catch (RuntimeException e) {
        result.fail(e);
      }
    });
    return result.future();
  }

  /** A periodic timer on this loop; call on the loop. */
  long every(long firstDelayMillis, long periodMillis, Runnable task) {
    return vertx.setPeriodic(firstDelayMillis, periodMillis, id -> task.run());
  }

  void cancel(long timer) {
    vertx.cancelTimer(timer);
  }
}

package dev.relay.bench;

import io.vertx.core.AsyncResult;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.List;

/**
 * Opens connections with at most a given number of handshakes in flight, so that thousands of clients do
 * not all arrive at once. After the first failure it opens no more, lets those in flight finish, and fails
 * with that first cause. Its state is touched only on its own context.
 */
final class Handshakes {

  private final Context context;
  private final int limit;
  private final Promise<Void> done = Promise.promise();
  private List<BenchClient> clients;
  private int next;
  private int inFlight;
  private int opened;
  private Throwable failure;

  Handshakes(Context context, int limit) {
    this.context = context;
    this.limit = limit;
  }

  /** Opens every client; call once. */
  Future<Void> open(List<BenchClient> all) {
    context.runOnContext(v -> {
      clients = all;
      launch();
    });
    return done.future();
  }

  /** How many clients are open so far. */
  Future<Integer> opened() {
    Promise<Integer> count = Promise.promise();
    context.runOnContext(v -> count.complete(opened));
    return count.future();
  }

  private void launch() {
    while (failure == null && inFlight < limit && next < clients.size()) {
      inFlight++;
      clients.get(next++).open().onComplete(result -> context.runOnContext(v -> settled(result)));
    }
    if (inFlight == 0) {
      if (failure != null) {
        done.tryFail(failure);
      } else {
        done.tryComplete();
      }
    }
  }

  private void settled(AsyncResult<Void> result) {
    inFlight--;
    if (result.succeeded()) {
      opened++;
    } else if (failure == null) {
      failure = result.cause();
    }
    launch();
  }
}

package dev.relay.history;

import io.vertx.core.Vertx;

/** {@link Timers} on Vert.x: each task runs on the context that set its timer. */
public record VertxTimers(Vertx vertx) implements Timers {

  @Override
  public long after(long millis, Runnable task) {
    return vertx.setTimer(millis, t -> task.run());
  }

  @Override
  public void cancel(long id) {
    vertx.cancelTimer(id);
  }
}

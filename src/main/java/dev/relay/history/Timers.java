package dev.relay.history;

/** One-shot timers on the caller's context: Vert.x's, or a test's. */
public interface Timers {

  /** Runs {@code task} after {@code millis}; returns an id for {@link #cancel}. */
  long after(long millis, Runnable task);

  void cancel(long id);
}

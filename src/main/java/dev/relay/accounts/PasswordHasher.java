package dev.relay.accounts;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxException;
import io.vertx.core.WorkerExecutor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The asynchronous edge of {@link Argon2id}: hashes and checks passwords on a worker pool of their own, so
 * that logins never run on an event loop and never take every core from it.
 *
 * <p><b>Context.</b> Every returned future completes on the caller's context (the event loop that called),
 * as {@link WorkerExecutor#executeBlocking(java.util.concurrent.Callable, boolean)} does; handlers may touch
 * the caller's confined state. Callable from any thread; the counters are the only shared state.
 *
 * <p><b>Bounds.</b> At most {@code threads} hashes run at once and at most {@code maxQueued} wait; one more
 * fails at once with {@link Busy} (the caller says "! server busy, try again later"). Tasks run unordered,
 * so one connection's work does not wait behind another's on the same event loop.
 *
 * <p>Passwords are never logged, not even their length.
 */
public final class PasswordHasher {

  /** The worker pool's name; one pool per Vert.x instance whatever the number of hashers. */
  public static final String POOL_NAME = "relay-passwords";

  private static final Logger log = LoggerFactory.getLogger(PasswordHasher.class);

  /** The hashing pool is full: the caller should refuse the login or registration for now. */
  public static final class Busy extends VertxException {
    Busy(int waiting) {
      super("password hashing busy: " + waiting + " waiting", true);
    }
  }

  /** The stored hash cannot be read (corrupt row, or another scheme); nothing was hashed. */
  public static final class UnreadableHash extends VertxException {
    UnreadableHash(String problem) {
      super("stored password hash unreadable: " + problem, true);
    }
  }

  /** The outcome of {@link #verify}. */
  public sealed interface Verdict {
    /** The password is right and the stored hash is up to date. */
    record Match() implements Verdict {
    }

    /** The password is right; store {@code newHash}, made at the current parameters, in place of the old. */
    record MatchNeedsRehash(String newHash) implements Verdict {
    }

    /** The password is wrong (or over {@link PasswordRules#MAX_BYTES}, which no stored password is). */
    record Mismatch() implements Verdict {
    }
  }

  private final Argon2id argon2;
  private final WorkerExecutor workers;
  private final int threads;
  private final int maxQueued;
  private final AtomicInteger admitted = new AtomicInteger();
  private final AtomicInteger running = new AtomicInteger();
  private final AtomicLong refused = new AtomicLong();

  /**
   * @param threads   worker threads hashing at once; see {@link #defaultThreads()}
   * @param maxQueued hashes that may wait for a thread before callers get {@link Busy}
   */
  public PasswordHasher(Vertx vertx, Argon2id argon2, int threads, int maxQueued) {
    if (threads < 1 || maxQueued < 0) {
      throw new IllegalArgumentException("password threads must be at least 1 and the queue not negative");
    }
    this.argon2 = argon2;
    this.threads = threads;
    this.maxQueued = maxQueued;
    this.workers = vertx.createSharedWorkerExecutor(POOL_NAME, threads);
  }

  /** Half the cores, at least one: on two cores hashing leaves one for the event loops. */
  public static int defaultThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  }

  /** A new PHC string for {@code password}; fails with IllegalArgumentException past the byte bound. */
  public Future<String> hash(String password) {
    if (password == null || !PasswordRules.withinBytes(password)) {
      return Future.failedFuture(new IllegalArgumentException("password over " + PasswordRules.MAX_BYTES + " bytes"));
    }
    return submit(() -> argon2.hash(password));
  }

  /**
   * Checks {@code password} against the stored {@code phc}. Fails with {@link Busy} when the pool is full and
   * with {@link UnreadableHash} when {@code phc} cannot be read; a right password on an outdated hash costs
   * a second hash, made in the same task.
   */
  public Future<Verdict> verify(String password, String phc) {
    if (password == null || !PasswordRules.withinBytes(password)) {
      return Future.succeededFuture(new Verdict.Mismatch());
    }
    return submit(() -> check(password, phc));
  }

  private Verdict check(String password, String phc) {
    return switch (argon2.verify(password, phc)) {
      case MATCH -> argon2.needsRehash(phc) ? new Verdict.MatchNeedsRehash(argon2.hash(password)) : new Verdict.Match();
      case MISMATCH -> new Verdict.Mismatch();
      case MALFORMED -> throw new UnreadableHash(Argon2id.problemWith(phc));
    };
  }

  /** Hashes running now. */
  public int inFlight() {
    return running.get();
  }

  /** Hashes admitted and waiting for a thread. */
  public int queued() {
    return Math.max(0, admitted.get() - running.get());
  }

  /** Calls refused with {@link Busy} since this hasher was made. */
  public long refused() {
    return refused.get();
  }

  /** Releases this hasher's hold on the shared pool; the pool stops once every holder has closed it. */
  public Future<Void> close() {
    return workers.close();
  }

  private <T> Future<T> submit(HashTask<T> task) {
    int limit = threads + maxQueued;
    int before = admitted.getAndUpdate(n -> n < limit ? n + 1 : n);
    if (before >= limit) {
      refused.incrementAndGet();
      log.debug("password hashing refused: {} running, {} waiting", running.get(), maxQueued);
      return Future.failedFuture(new Busy(maxQueued));
    }
    return workers.executeBlocking(() -> {
      running.incrementAndGet();
      try {
        return task.run();
      } finally {
        running.decrementAndGet();
        admitted.decrementAndGet();
      }
    }, false).onFailure(failure -> {
      if (failure instanceof RejectedExecutionException) {
        admitted.decrementAndGet();
      }
    });
  }

  @FunctionalInterface
  private interface HashTask<T> {
    T run();
  }
}

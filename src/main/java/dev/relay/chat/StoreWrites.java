package dev.relay.chat;

import dev.relay.bus.SanctionKind;
import dev.relay.bus.TargetType;
import dev.relay.store.Room;
import dev.relay.store.RoomRole;
import dev.relay.store.Sanction;
import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.TreeSet;

/**
 * The hub's {@link PolicyStore}, which knows which store calls are in flight, so that a {@code Ping} is answered after
 * what the requests before it caused: a ban, say, is announced only once the store has it, later than the requests'
 * other answers; a join once the room's last lines are read; a room's first line once the store said its last id.
 * A call's own callbacks run before anything waiting for it. Confined to the hub's context.
 */
final class StoreWrites implements PolicyStore {

  private record Waiter(long after, Runnable then) {
  }

  private final PolicyStore store;
  private final TreeSet<Long> inFlight = new TreeSet<>();
  private final Deque<Waiter> waiters = new ArrayDeque<>();
  private long started;

  StoreWrites(PolicyStore store) {
    this.store = store;
  }

  /** Runs {@code then} once every write started so far has completed: now, when none is in flight. */
  void afterWrites(Runnable then) {
    if (inFlight.isEmpty()) {
      then.run();
    } else {
      waiters.add(new Waiter(started, then));
    }
  }

  @Override
  public Future<Boolean> register(Room room) {
    return tracked(store.register(room));
  }

  @Override
  public Future<Void> update(Room room) {
    return tracked(store.update(room));
  }

  @Override
  public Future<Void> grant(RoomRole role) {
    return tracked(store.grant(role));
  }

  @Override
  public Future<Void> revoke(String roomKey, String accountKey) {
    return tracked(store.revoke(roomKey, accountKey));
  }

  @Override
  public Future<Void> add(Sanction sanction) {
    return tracked(store.add(sanction));
  }

  @Override
  public Future<Void> lift(SanctionKind kind, String scope, TargetType type, String target) {
    return tracked(store.lift(kind, scope, type, target));
  }

  @Override
  public Future<StoredPolicies> load(Instant now) {
    return store.load(now);
  }

  /** Something else a {@code Ping} waits for: the caller's copy completes first, as with {@link #tracked}. */
  <T> Future<T> track(Future<T> pending) {
    return pending.isComplete() ? pending : tracked(pending);
  }

  /** The caller's copy of {@code write} completes first, so its callbacks run before the waiters'. */
  private <T> Future<T> tracked(Future<T> write) {
    long id = ++started;
    inFlight.add(id);
    Promise<T> forCaller = Promise.promise();
    write.onComplete((AsyncResult<T> result) -> {
      forCaller.handle(result);
      inFlight.remove(id);
      release();
    });
    return forCaller.future();
  }

  /** Waiters are in the order they came, so those whose writes are all done are at the head. */
  private void release() {
    long oldest = inFlight.isEmpty() ? Long.MAX_VALUE : inFlight.first();
    while (!waiters.isEmpty() && waiters.peek().after() < oldest) {
      waiters.poll().then().run();
    }
  }
}

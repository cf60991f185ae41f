package dev.relay.chat;

import dev.relay.bus.SanctionKind;
import dev.relay.bus.TargetType;
import dev.relay.store.Room;
import dev.relay.store.RoomRole;
import dev.relay.store.Sanction;
import io.vertx.core.Future;
import java.time.Instant;

/**
 * Where the hub keeps the room settings, ranks and sanctions that must outlive every instance: the database, the
 * authority every node's {@link RoomPolicies} is loaded from. A write completes before the change is applied and
 * announced, so that a change nobody could keep is refused rather than lost at the next restart. Futures complete on
 * the caller's context and never block it.
 */
public interface PolicyStore {

  /** Keeps nothing and loads nothing: a hub without a store (tests); every write succeeds. */
  PolicyStore NONE = new PolicyStore() {
    @Override
    public Future<Boolean> register(Room room) {
      return Future.succeededFuture(true);
    }

    @Override
    public Future<Void> update(Room room) {
      return Future.succeededFuture();
    }

    @Override
    public Future<Void> grant(RoomRole role) {
      return Future.succeededFuture();
    }

    @Override
    public Future<Void> revoke(String roomKey, String accountKey) {
      return Future.succeededFuture();
    }

    @Override
    public Future<Void> add(Sanction sanction) {
      return Future.succeededFuture();
    }

    @Override
    public Future<Void> lift(SanctionKind kind, String scope, TargetType type, String target) {
      return Future.succeededFuture();
    }

    @Override
    public Future<StoredPolicies> load(Instant now) {
      return Future.failedFuture("no store");
    }
  };

  /** @return false when the room is registered already */
  Future<Boolean> register(Room room);

  Future<Void> update(Room room);

  Future<Void> grant(RoomRole role);

  Future<Void> revoke(String roomKey, String accountKey);

  Future<Void> add(Sanction sanction);

  /** Lifts every sanction of {@code kind} in {@code scope} on the target. */
  Future<Void> lift(SanctionKind kind, String scope, TargetType type, String target);

  /** Everything kept, with the sanctions holding at {@code now}; fails when there is no store to load from. */
  Future<StoredPolicies> load(Instant now);
}

package dev.relay.store;

import dev.relay.bus.SanctionKind;
import dev.relay.bus.TargetType;
import dev.relay.chat.PolicyStore;
import dev.relay.chat.StoredPolicies;
import io.vertx.core.Future;
import java.time.Instant;

/** The hub's {@link PolicyStore} over the {@link RoomStore} and the {@link SanctionStore}. */
public final class SqlPolicyStore implements PolicyStore {

  private final RoomStore rooms;
  private final SanctionStore sanctions;

  public SqlPolicyStore(RoomStore rooms, SanctionStore sanctions) {
    this.rooms = rooms;
    this.sanctions = sanctions;
  }

  @Override
  public Future<Boolean> register(Room room) {
    return rooms.register(room);
  }

  @Override
  public Future<Void> update(Room room) {
    return rooms.update(room).mapEmpty();
  }

  @Override
  public Future<Void> grant(RoomRole role) {
    return rooms.setRole(role);
  }

  @Override
  public Future<Void> revoke(String roomKey, String accountKey) {
    return rooms.removeRole(roomKey, accountKey).mapEmpty();
  }

  @Override
  public Future<Void> add(Sanction sanction) {
    return sanctions.add(sanction);
  }

  @Override
  public Future<Void> lift(SanctionKind kind, String scope, TargetType type, String target) {
    return sanctions.remove(kind, scope, type, target).mapEmpty();
  }

  @Override
  public Future<StoredPolicies> load(Instant now) {
    return Future.all(rooms.all(), rooms.roles(), sanctions.active(now))
        .map(all -> new StoredPolicies(all.resultAt(0), all.resultAt(1), all.resultAt(2)));
  }
}

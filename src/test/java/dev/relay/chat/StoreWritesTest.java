package dev.relay.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.bus.SanctionKind;
import dev.relay.bus.TargetType;
import dev.relay.store.Sanction;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A Ping waits for the store writes before it, and runs after their own callbacks. */
class StoreWritesTest {

  private final List<Promise<Void>> adds = new ArrayList<>();
  private final StoreWrites writes = new StoreWrites(new PolicyStore() {
    @Override
    public Future<Void> add(Sanction sanction) {
      Promise<Void> write = Promise.promise();
      adds.add(write);
      return write.future();
    }

    @Override
    public Future<Boolean> register(dev.relay.store.Room room) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<Void> update(dev.relay.store.Room room) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<Void> grant(dev.relay.store.RoomRole role) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<Void> revoke(String roomKey, String accountKey) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<Void> lift(SanctionKind kind, String scope, TargetType type, String target) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Future<StoredPolicies> load(Instant now) {
      throw new UnsupportedOperationException();
    }
  });

  private static Sanction ban() {
    return new Sanction("id", SanctionKind.BAN, "dev", TargetType.ALIAS, "bob", "", "alice", Instant.EPOCH, null);
  }

  @Test
  void withNoWriteInFlightAWaiterRunsAtOnce() {
    List<String> done = new ArrayList<>();
    writes.afterWrites(() -> done.add("pong"));
    assertThat(done).containsExactly("pong");
  }

  @Test
  void aWaiterRunsAfterTheWritesStartedBeforeItAndTheirCallbacksButNotLaterOnes() {
    List<String> done = new ArrayList<>();
    writes.add(ban()).onSuccess(v -> done.add("first announced"));
    writes.add(ban()).onSuccess(v -> done.add("second announced"));
    writes.afterWrites(() -> done.add("pong"));
    writes.add(ban()).onSuccess(v -> done.add("third announced"));

    adds.get(1).complete();
    assertThat(done).containsExactly("second announced");
    adds.get(0).complete();
    assertThat(done).containsExactly("second announced", "first announced", "pong");
    adds.get(2).complete();
    assertThat(done).endsWith("third announced");
  }
}

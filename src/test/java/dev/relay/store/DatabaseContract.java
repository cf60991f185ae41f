package dev.relay.store;

import static dev.relay.store.AccountStoreContract.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relay.accounts.ServerRole;
import dev.relay.bus.RoomRank;
import dev.relay.bus.SanctionKind;
import dev.relay.bus.TargetType;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Opening, migrating and the threading contract of {@link Database}; one subclass per back end. */
abstract class DatabaseContract {

  @RegisterExtension
  static final TestDatabases DATABASES = new TestDatabases();

  @TempDir
  Path dir;

  private Vertx vertx;

  /** A store configuration of this back end, empty, with at most {@code poolSize} connections. */
  abstract StoreConfig config(Path dir, int poolSize);

  @BeforeEach
  void startVertx() {
    vertx = Vertx.vertx();
  }

  @AfterEach
  void stopVertx() throws Exception {
    await(vertx.close());
  }

  @Test
  void aSecondOpenFindsTheSchemaCurrentAndTheDataKept() throws Exception {
    StoreConfig config = config(dir, 1);
    Database first = await(Database.open(vertx, config));
    Account alice = new Account("alice", "Alice", "h", ServerRole.NONE, Instant.parse("2025-01-01T00:00:00Z"));
    await(new SqlAccountStore(first.pool(), Clock.systemUTC()).create(alice));
    await(first.close());
    Database second = await(Database.open(vertx, config));
    assertThat(await(new SqlAccountStore(second.pool(), Clock.systemUTC()).find("alice"))).contains(alice);
    assertThat(appliedVersions(second)).containsExactly("1", "2", "3", "4", "5");
    await(second.close());
  }

  @Test
  void aSchemaFromANewerRelayIsRefused() throws Exception {
    StoreConfig config = config(dir, 1);
    await(await(Database.open(vertx, config)).close());
    Flyway.configure().dataSource(config.jdbcUrl(), config.jdbcUser(), "")
        .locations(Migrations.LOCATION, "classpath:db/future").load().migrate();
    assertThatThrownBy(() -> await(Database.open(vertx, config)))
        .isInstanceOf(SchemaTooNewException.class)
        .hasMessage("the database schema is at version 7 but this Relay knows only up to 5: "
            + "run a newer Relay, or restore a backup");
  }

  /** A database an earlier Relay left at version 1, with an account in it, opened by this one. */
  @Test
  void aDatabaseAtVersionOneIsMigratedWithItsAccountsKept() throws Exception {
    StoreConfig config = config(dir, 1);
    Flyway.configure().dataSource(config.jdbcUrl(), config.jdbcUser(), "").locations(Migrations.LOCATION)
        .target("1").load().migrate();
    Instant created = Instant.parse("2025-01-01T00:00:00.000001Z");
    try (Connection connection = DriverManager.getConnection(config.jdbcUrl(), config.jdbcUser(), "");
        PreparedStatement insert = connection.prepareStatement("INSERT INTO accounts"
            + " (name_key, name, password_hash, server_role, created_at) VALUES ('alice', 'Alice', 'h', 'admin', ?)")) {
      insert.setObject(1, created.atOffset(ZoneOffset.UTC));
      insert.executeUpdate();
    }
    Database database = await(Database.open(vertx, config));
    assertThat(appliedVersions(database)).containsExactly("1", "2", "3", "4", "5");
    assertThat(await(new SqlAccountStore(database.pool(), Clock.systemUTC()).find("alice")))
        .contains(new Account("alice", "Alice", "h", ServerRole.ADMIN, created));
    RoomStore rooms = new SqlRoomStore(database.pool());
    await(rooms.register(Room.registered("lounge", "Lounge", "alice", created)));
    await(rooms.setRole(new RoomRole("lounge", "alice", RoomRank.OPERATOR, "alice", created)));
    await(new SqlSanctionStore(database.pool()).add(new Sanction("s1", SanctionKind.BAN, Sanction.SERVER,
        TargetType.ADDRESS, "10.0.0.0/8", "", "alice", created, null)));
    await(new SqlAuditStore(database.pool()).record("alice", "gban", "10.0.0.0/8", Sanction.SERVER, "", created));
    assertThat(await(rooms.all())).extracting(Room::key).containsExactly("lounge");
    await(database.close());
  }

  @Test
  void pingAnswersWhileOpenAndFailsOnceClosed() throws Exception {
    Database database = await(Database.open(vertx, config(dir, 1)));
    await(database.ping());
    await(database.close());
    assertThatThrownBy(() -> await(database.ping())).hasMessageContaining("closed");
  }

  /**
   * Two event loops take turns on a pool of one connection, which the first one opened: each must still get its
   * results on its own context, on its event-loop thread, also after several statements composed (setRole).
   */
  @Test
  void resultsArriveOnTheContextThatAsked() throws Exception {
    Database database = await(Database.open(vertx, config(dir, 1)));
    AccountStore store = new SqlAccountStore(database.pool(), Clock.systemUTC());
    RoomStore rooms = new SqlRoomStore(database.pool());
    Instant now = Instant.parse("2025-01-01T00:00:00Z");
    await(store.create(new Account("alice", "Alice", "h", ServerRole.NONE, now)));
    await(rooms.register(Room.registered("lounge", "Lounge", "alice", now)));
    RoomRole voice = new RoomRole("lounge", "alice", RoomRank.VOICE, "alice", now);
    List<Context> loops = List.of(vertx.getOrCreateContext(), vertx.getOrCreateContext());
    assertThat(loops.get(0)).isNotSameAs(loops.get(1));
    for (int round = 0; round < 3; round++) {
      for (Context loop : loops) {
        assertThat(completesOn(loop, () -> database.pool().query("SELECT 1").execute())).isTrue();
        assertThat(completesOn(loop, () -> store.find("nobody"))).isTrue();
        assertThat(completesOn(loop, () -> rooms.setRole(voice))).isTrue();
        assertThat(completesOn(loop, database::ping)).isTrue();
      }
    }
    await(database.close());
  }

  private static boolean completesOn(Context loop, Supplier<Future<?>> call) throws Exception {
    CompletableFuture<Boolean> same = new CompletableFuture<>();
    loop.runOnContext(v -> call.get().onComplete(result -> same.complete(result.succeeded()
        && Vertx.currentContext() == loop && Context.isOnEventLoopThread())));
    return same.get(20, TimeUnit.SECONDS);
  }

  private static List<String> appliedVersions(Database database) throws Exception {
    List<String> versions = new ArrayList<>();
    String applied = "SELECT version FROM flyway_schema_history WHERE success AND version IS NOT NULL"
        + " ORDER BY installed_rank";
    await(database.pool().query(applied).execute()).forEach(row -> versions.add(row.getString("version")));
    return versions;
  }
}

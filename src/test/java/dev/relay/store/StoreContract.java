package dev.relay.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the moderation stores' contracts share: one migrated database of one back end per test class, emptied
 * before each test (opening and migrating a database per test would cost most of their time). One subclass per
 * store and back end.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class StoreContract {

  @RegisterExtension
  static final TestDatabases DATABASES = new TestDatabases();

  /** Deleting the accounts deletes their rooms, the roles in them and their tokens. */
  private static final String[] EMPTY = {"DELETE FROM accounts", "DELETE FROM sanctions", "DELETE FROM audit"};

  Vertx vertx;
  Database database;

  /** A store configuration of this back end, empty. */
  abstract StoreConfig config(Path dir);

  @BeforeAll
  void openDatabase(@TempDir Path dir) throws Exception {
    vertx = Vertx.vertx();
    database = await(Database.open(vertx, config(dir)));
  }

  @BeforeEach
  void emptyDatabase() throws Exception {
    for (String delete : EMPTY) {
      await(database.pool().query(delete).execute());
    }
  }

  @AfterAll
  void closeDatabase() throws Exception {
    await(database.close());
    await(vertx.close());
  }

  static <T> T await(Future<T> future) throws Exception {
    return future.await(20, TimeUnit.SECONDS);
  }
}

package dev.relay.store;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.jdbcclient.JDBCConnectOptions;
import io.vertx.jdbcclient.JDBCPool;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An open store: its schema migrated, its connection pool ready. The same {@link Pool} API serves both back ends,
 * JDBC over H2 for the embedded store and the reactive PostgreSQL client for the other.
 *
 * <p>Context contract: a query issued on a Vert.x context (an event loop, typically a verticle's) completes its
 * future on that same context and thread, for both back ends, whichever context opened the pool or a pooled
 * connection (DatabaseContract tests this). Callers confined to an event loop may therefore touch their state in the
 * future's callbacks without hopping. The embedded back end runs each JDBC call on a worker thread; the event loop
 * never blocks on it.
 */
public final class Database {

  private final StoreConfig config;
  private final Pool pool;

  private Database(StoreConfig config, Pool pool) {
    this.config = config;
    this.pool = pool;
  }

  /**
   * Migrates the schema (on a worker thread) and builds the pool. Fails with a {@link StoreException} naming the
   * database, {@code host:port} for PostgreSQL, when it cannot be reached (pgjdbc gives up connecting after its
   * 10 s default), when the password file cannot be read, or when a migration fails; with a
   * {@link SchemaTooNewException} when a newer Relay has migrated the database. Completes on the caller's context.
   */
  public static Future<Database> open(Vertx vertx, StoreConfig config) {
    return vertx.executeBlocking(() -> prepare(config))
        .map(password -> new Database(config, pool(vertx, config, password)));
  }

  /** The connection pool: use it from any context; see the class comment for where futures complete. */
  public Pool pool() {
    return pool;
  }

  public StoreConfig config() {
    return config;
  }

  /** One cheap round trip ({@code SELECT 1}), for readiness. */
  public Future<Void> ping() {
    return pool.query("SELECT 1").execute().mapEmpty();
  }

  /** Closes the pool's connections; queries issued afterwards fail. */
  public Future<Void> close() {
    return pool.close();
  }

  /** Blocking: the password, after the schema is brought up to date. */
  private static String prepare(StoreConfig config) {
    if (config.backend() == StoreConfig.Backend.EMBEDDED) {
      createDataDir(config.dataDir());
    }
    String password = config.backend() == StoreConfig.Backend.POSTGRES ? readPassword(config.passwordFile()) : "";
    Migrations.run(config, password);
    return password;
  }

  private static void createDataDir(Path dir) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StoreException("cannot create the data directory " + dir.toAbsolutePath() + " (store.dataDir): "
          + e, e);
    }
  }

  private static String readPassword(Path file) {
    if (file == null) {
      return "";
    }
    try {
      return Files.readString(file, StandardCharsets.UTF_8).replaceAll("[\\r\\n]+$", "");
    } catch (NoSuchFileException e) {
      throw new StoreException("cannot read the PostgreSQL password file " + file + " (store.postgres.passwordFile): "
          + "no such file");
    } catch (IOException e) {
      throw new StoreException("cannot read the PostgreSQL password file " + file + " (store.postgres.passwordFile): "
          + e, e);
    }
  }

  private static Pool pool(Vertx vertx, StoreConfig config, String password) {
    PoolOptions options = new PoolOptions().setMaxSize(config.poolSize());
    return switch (config.backend()) {
      case EMBEDDED -> JDBCPool.pool(vertx, new JDBCConnectOptions().setJdbcUrl(config.jdbcUrl())
          .setUser(config.jdbcUser()).setPassword(password), options);
      case POSTGRES -> PgBuilder.pool()
          .with(options)
          .connectingTo(new PgConnectOptions().setHost(config.host()).setPort(config.port())
              .setDatabase(config.database()).setUser(config.user()).setPassword(password))
          .using(vertx)
          .build();
    };
  }
}

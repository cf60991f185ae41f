package dev.relay.admin;

import dev.relay.config.ConfigLoader;
import dev.relay.config.RelayConfig;
import dev.relay.config.StoreOptions;
import dev.relay.store.AccountStore;
import dev.relay.store.Database;
import dev.relay.store.SqlAccountStore;
import dev.relay.store.StoreConfig;
import dev.relay.store.StoreException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.h2.api.ErrorCode;

/**
 * The store as the server would open it (same configuration layers, same migrations), held for one admin command.
 *
 * <p>Threading: used from the command's own thread, never an event loop; {@link #await} blocks it on the store's
 * futures. The Vert.x instance exists only to run the store's client and is closed with the session.
 */
final class AdminSession implements AutoCloseable {

  /** As long as the server gives its store to open, PostgreSQL's 10 s connect timeout included. */
  private static final int OPEN_SECONDS = 60;
  private static final int QUERY_SECONDS = 30;
  private static final int CLOSE_SECONDS = 10;

  private final Vertx vertx;
  private final StoreConfig config;
  private final Database database;
  private final AccountStore accounts;

  private AdminSession(Vertx vertx, StoreConfig config, Database database) {
    this.vertx = vertx;
    this.config = config;
    this.database = database;
    this.accounts = new SqlAccountStore(database.pool(), Clock.systemUTC());
  }

  /** Loads the configuration as the server does and opens its store, migrating it as the server would. */
  static AdminSession open(StoreOptions options) throws Refusal {
    Vertx vertx = Vertx.vertx();
    try {
      StoreConfig store = loadConfig(vertx, options).store();
      return new AdminSession(vertx, store, openStore(vertx, store));
    } catch (Refusal | RuntimeException e) {
      closeQuietly(vertx.close());
      throw e;
    }
  }

  AccountStore accounts() {
    return accounts;
  }

  /** The result of a store call, or a refusal naming the database when it fails. */
  <T> T await(Future<T> call) throws Refusal {
    try {
      return call.await(QUERY_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new Refusal(config.describe() + " did not answer within " + QUERY_SECONDS + " s");
    } catch (Exception e) {
      // Exception, not RuntimeException: await rethrows the driver's failure as it is, an SQLException among them.
      throw new Refusal(config.describe() + " failed: " + e.getMessage());
    }
  }

  /** Gives back the connections and the Vert.x threads; what was written is committed already. */
  @Override
  public void close() {
    closeQuietly(database.close());
    closeQuietly(vertx.close());
  }

  private static RelayConfig loadConfig(Vertx vertx, StoreOptions options) throws Refusal {
    try {
      return ConfigLoader.load(vertx, options.configFile(), options.flags()).await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      // ConfigException names the key and its layer; anything else is the file's own trouble (ServerCommand alike).
      throw new Refusal(Refusal.USAGE, "bad configuration: " + e.getMessage());
    }
  }

  private static Database openStore(Vertx vertx, StoreConfig store) throws Refusal {
    try {
      return Database.open(vertx, store).await(OPEN_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new Refusal("cannot open " + store.describe() + ": no answer within " + OPEN_SECONDS + " s");
    } catch (StoreException e) {
      if (heldByAnotherProcess(e)) {
        throw new Refusal("the embedded database in " + store.dataDir().toAbsolutePath().normalize()
            + " is in use by a running server; stop it, or use a PostgreSQL store");
      }
      throw new Refusal(e.getMessage());
    } catch (Exception e) {
      throw new Refusal("cannot open " + store.describe() + ": " + e.getMessage());
    }
  }

  /** H2 locks its file for the process that opened it; another process is refused with this code. */
  private static boolean heldByAnotherProcess(Throwable failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
        return true;
      }
    }
    return false;
  }

  private static void closeQuietly(Future<Void> closing) {
    try {
      closing.await(CLOSE_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      // Nothing is left to undo: the command's write, if any, is committed, and the process is about to end.
    }
  }
}

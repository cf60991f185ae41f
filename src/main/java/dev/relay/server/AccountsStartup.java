package dev.relay.server;

import dev.relay.accounts.AccountsConfig;
import dev.relay.accounts.AccountsNode;
import dev.relay.accounts.Argon2id;
import dev.relay.accounts.AttemptLedger;
import dev.relay.accounts.AttemptLimits;
import dev.relay.accounts.AttemptPolicies;
import dev.relay.accounts.AttemptPolicy;
import dev.relay.accounts.ClusterAttemptLimits;
import dev.relay.accounts.LocalAttemptLimits;
import dev.relay.accounts.PasswordHasher;
import dev.relay.cluster.ClusterNode;
import dev.relay.bus.Codecs;
import dev.relay.files.FileSharing;
import dev.relay.files.UploadsConfig;
import dev.relay.history.HistoryConfig;
import dev.relay.history.HistorySetup;
import dev.relay.store.Database;
import dev.relay.store.SqlHistoryStore;
import dev.relay.store.SqlMailboxStore;
import dev.relay.store.SqlAccountStore;
import dev.relay.store.SqlAuditStore;
import dev.relay.store.SqlPolicyStore;
import dev.relay.store.SqlRoomStore;
import dev.relay.store.SqlSanctionStore;
import dev.relay.store.StoreConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.security.SecureRandom;
import java.time.Clock;

/**
 * Opens what a node's accounts need: the store (migrated), the password hasher, the failed-login limits (shared by
 * every instance when clustered), and the {@link AccountsNode} over them. {@link #close} gives them back.
 */
public final class AccountsStartup {

  /** Hashes that may wait for a hashing thread before logins are answered "server busy". */
  static final int MAX_QUEUED_HASHES = 64;
  private static final int MAX_TRACKED_KEYS = 100_000;

  private final Database database;
  private final PasswordHasher hasher;
  private final AccountsNode accounts;
  /** Shared files, once {@link #shareFiles} started them; null before. */
  private FileSharing files;

  private AccountsStartup(Database database, PasswordHasher hasher, AccountsNode accounts) {
    this.database = database;
    this.hasher = hasher;
    this.accounts = accounts;
  }

  /** @param node the cluster membership, or null for an instance alone */
  public static Future<AccountsStartup> open(Vertx vertx, StoreConfig store, AccountsConfig config, ClusterNode node,
      Argon2id.Parameters hashing) {
    Clock clock = Clock.systemUTC();
    AttemptPolicies policies = AttemptPolicies.of(
        new AttemptPolicy(config.maxFailuresPerAccount(), config.failureWindow()),
        new AttemptPolicy(config.maxFailuresPerAddress(), config.failureWindow()));
    Future<AttemptLimits> limits = node == null
        ? Future.succeededFuture(new LocalAttemptLimits(vertx.getOrCreateContext(),
            new AttemptLedger(policies, clock::millis, MAX_TRACKED_KEYS)))
        : ClusterAttemptLimits.open(vertx, node.manager().getHazelcastInstance(), policies, clock::millis)
            .map(cluster -> cluster);
    return Database.open(vertx, store).compose(database -> limits.map(attempts -> {
      PasswordHasher hasher = new PasswordHasher(vertx, new Argon2id(hashing, new SecureRandom()),
          config.hashThreads(), MAX_QUEUED_HASHES);
      AccountsNode accounts = new AccountsNode(new SqlAccountStore(database.pool(), clock),
          new SqlAuditStore(database.pool()), database::ping, hasher, attempts, config, clock,
          new SqlPolicyStore(new SqlRoomStore(database.pool()), new SqlSanctionStore(database.pool())));
      return new AccountsStartup(database, hasher, accounts);
    }));
  }

  public AccountsNode accounts() {
    return accounts;
  }

  /** History kept in the accounts' database. */
  public HistorySetup history(HistoryConfig config) {
    return new HistorySetup(config, new SqlHistoryStore(database.pool()), new SqlMailboxStore(database.pool()));
  }

  /**
   * Starts sharing files kept in this database: the file service, its sweep, and the routes of the web port; linked
   * to as {@code publicBase} says. Closed with the rest.
   */
  public Future<FileSharing> shareFiles(Vertx vertx, UploadsConfig config, String publicBase) {
    Codecs.registerOn(vertx);
    return FileSharing.start(vertx, database.pool(), config, publicBase, Clock.systemUTC())
        .onSuccess(started -> files = started);
  }

  public PasswordHasher hasher() {
    return hasher;
  }

  /** After the server has stopped: file sharing, the hashing threads and the database connections. */
  public Future<Void> close() {
    Future<Void> filesClosed = files == null ? Future.succeededFuture() : files.close();
    return filesClosed.eventually(() -> Future.join(hasher.close(), database.close())).mapEmpty();
  }
}

package dev.relay.testing;

import dev.relay.accounts.AccountsConfig;
import dev.relay.accounts.Argon2id;
import dev.relay.cluster.ClusterNode;
import dev.relay.files.UploadsConfig;
import dev.relay.history.HistoryConfig;
import dev.relay.irc.IrcConfig;
import dev.relay.ops.RelayMetrics;
import dev.relay.server.AccountsStartup;
import dev.relay.server.RelayServer;
import dev.relay.store.StoreConfig;
import dev.relay.web.WebConfig;
import dev.relay.web.WebSetup;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Relay server with accounts over a real store, on free loopback ports (the chat and IRC), flood control
 * off. Passwords are hashed with cheap Argon2id parameters so that tests stay fast; the code path is the
 * production one.
 */
public final class AccountsServer implements AutoCloseable {

  /** Cheap enough for tests; the production parameters are OWASP's (Argon2id.Parameters.OWASP). */
  public static final Argon2id.Parameters TEST_HASHING = new Argon2id.Parameters(64, 1, 1);

  private final RelayServer server;
  private final AccountsStartup accounts;

  private AccountsServer(RelayServer server, AccountsStartup accounts) {
    this.server = server;
    this.accounts = accounts;
  }

  /**
   * A few failed logins per account, more per address, 10 minutes; tokens for 30 days; the account {@code root},
   * once registered, an administrator.
   */
  public static AccountsConfig config() {
    return new AccountsConfig(4, 100, Duration.ofMinutes(10), Duration.ofDays(30), 1, true, List.of("root"));
  }

  public static AccountsServer start(Vertx vertx, StoreConfig store) {
    return start(vertx, store, config());
  }

  public static AccountsServer start(Vertx vertx, StoreConfig store, AccountsConfig config) {
    return start(vertx, store, config, HistoryConfig.DEFAULTS);
  }

  /** A server whose rooms' history is kept in {@code store} as {@code history} says. */
  public static AccountsServer start(Vertx vertx, StoreConfig store, AccountsConfig config, HistoryConfig history) {
    return await(AccountsStartup.open(vertx, store, config, null, TEST_HASHING).compose(accounts ->
        RelayServer.start(vertx, TestServer.config(), IrcConfig.anyPort(), RelayMetrics.unexported(),
            accounts.accounts(), accounts.history(history)).map(server -> new AccountsServer(server, accounts))));
  }

  /** One instance of a cluster, whose accounts and history live in {@code store} (PostgreSQL). */
  public static AccountsServer start(ClusterNode node, StoreConfig store) {
    return await(AccountsStartup.open(node.vertx(), store, config(), node, TEST_HASHING).compose(accounts ->
        RelayServer.start(node, TestServer.config(), IrcConfig.anyPort(), RelayMetrics.unexported(),
            accounts.accounts(), accounts.history(HistoryConfig.DEFAULTS))
            .map(server -> new AccountsServer(server, accounts))));
  }

  /** A server with the web port on a free port, its files kept in {@code store} as {@code uploads} says. */
  public static AccountsServer withWeb(Vertx vertx, StoreConfig store, UploadsConfig uploads) {
    WebConfig web = new WebConfig(Ports.unused(), List.of(), "", 16_384);
    return await(AccountsStartup.open(vertx, store, config(), null, TEST_HASHING).compose(accounts ->
        accounts.shareFiles(vertx, uploads, web.publicBase("127.0.0.1", false)).compose(files ->
            RelayServer.start(vertx, TestServer.config(), IrcConfig.anyPort(), RelayMetrics.unexported(),
                accounts.accounts(), accounts.history(HistoryConfig.DEFAULTS),
                WebSetup.of(web, (v, router) -> files.routes().mount(router))))
            .map(server -> new AccountsServer(server, accounts))));
  }

  /** One instance of a cluster with the web port on a free port, its files kept in {@code store} (PostgreSQL). */
  public static AccountsServer withWeb(ClusterNode node, StoreConfig store, UploadsConfig uploads) {
    WebConfig web = new WebConfig(Ports.unused(), List.of(), "", 16_384);
    return await(AccountsStartup.open(node.vertx(), store, config(), node, TEST_HASHING).compose(accounts ->
        accounts.shareFiles(node.vertx(), uploads, web.publicBase("127.0.0.1", false)).compose(files ->
            RelayServer.start(node, TestServer.config(), IrcConfig.anyPort(), RelayMetrics.unexported(),
                accounts.accounts(), accounts.history(HistoryConfig.DEFAULTS),
                WebSetup.of(web, (v, router) -> files.routes().mount(router))))
            .map(server -> new AccountsServer(server, accounts))));
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.await(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("server did not start", e);
    }
  }

  public AccountsStartup accounts() {
    return accounts;
  }

  public RelayServer server() {
    return server;
  }

  public int port() {
    return server.port();
  }

  public int ircPort() {
    return server.ircPort();
  }

  public int webPort() {
    return server.webPort();
  }

  @Override
  public void close() {
    try {
      server.close().eventually(accounts::close).await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("server did not stop", e);
    }
  }
}

package dev.relay.client;

import dev.relay.edge.ServerConfig;
import dev.relay.history.HistoryConfig;
import dev.relay.irc.IrcConfig;
import dev.relay.ops.RelayMetrics;
import dev.relay.server.AccountsStartup;
import dev.relay.server.RelayServer;
import dev.relay.store.StoreConfig;
import dev.relay.testing.AccountsServer;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * The real Relay server, in-process on loopback, whose rooms keep their lines in an embedded store (H2 in
 * {@code dataDir}): stopped and started again, it still has every line and numbers the next ones after them, as a
 * production server does. Flood control is off.
 */
final class HistoryServer implements AutoCloseable {

  private final Vertx vertx = Vertx.vertx();
  private final Path dataDir;
  private AccountsStartup accounts;
  private RelayServer server;
  private int port;

  private HistoryServer(Path dataDir) {
    this.dataDir = dataDir;
  }

  /** Starts on a free port, with its store in {@code dataDir}. */
  static HistoryServer start(Path dataDir) {
    HistoryServer test = new HistoryServer(dataDir);
    test.startOn(0);
    return test;
  }

  int port() {
    return port;
  }

  /** Stops as a server going down does: clients are told to reconnect, the lines are written, the store closed. */
  void stop() {
    await(server.close().eventually(accounts::close));
    server = null;
    accounts = null;
  }

  /** Starts again on the same port, over the same store. */
  void restart() {
    startOn(port);
  }

  @Override
  public void close() {
    if (server != null) {
      stop();
    }
    await(vertx.close());
  }

  private void startOn(int wanted) {
    ServerConfig config = ServerConfig.defaults().withHost("127.0.0.1").withPort(wanted).withInstances(1)
        .withFlood(0, 1);
    accounts = await(AccountsStartup.open(vertx, StoreConfig.embedded(dataDir, 2), AccountsServer.config(), null,
        AccountsServer.TEST_HASHING));
    server = await(RelayServer.start(vertx, config, IrcConfig.OFF, RelayMetrics.unexported(), accounts.accounts(),
        accounts.history(HistoryConfig.DEFAULTS)));
    port = server.port();
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.await(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the server did not start or stop", e);
    }
  }
}

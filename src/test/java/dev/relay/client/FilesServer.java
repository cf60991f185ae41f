package dev.relay.client;

import dev.relay.edge.ServerConfig;
import dev.relay.files.FileSharing;
import dev.relay.files.UploadsConfig;
import dev.relay.history.HistoryConfig;
import dev.relay.history.HistorySetup;
import dev.relay.irc.IrcConfig;
import dev.relay.ops.RelayMetrics;
import dev.relay.server.RelayServer;
import dev.relay.store.Database;
import dev.relay.store.StoreConfig;
import dev.relay.testing.Ports;
import dev.relay.web.WebConfig;
import dev.relay.web.WebSetup;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The real Relay server, in-process on loopback, with its web port on and files shared through it
 * (docs/PROTOCOL.md 13): {@link FileSharing} over an embedded store in {@code dataDir}, its routes on the web port,
 * links to {@code http://127.0.0.1:WEBPORT}. History in memory, flood control off.
 */
final class FilesServer implements AutoCloseable {

  private final Vertx vertx = Vertx.vertx();
  private Database database;
  private FileSharing sharing;
  private RelayServer server;
  private int webPort;

  private FilesServer() {
  }

  static FilesServer start(Path dataDir) {
    FilesServer test = new FilesServer();
    test.webPort = Ports.unused();
    String base = "http://127.0.0.1:" + test.webPort;
    test.database = await(Database.open(test.vertx, StoreConfig.embedded(dataDir, 2)));
    test.sharing = await(FileSharing.start(test.vertx, test.database.pool(), UploadsConfig.DEFAULTS, base,
        Clock.systemUTC()));
    WebConfig web = new WebConfig(test.webPort, List.of(), base, 16_384);
    ServerConfig config = ServerConfig.defaults().withHost("127.0.0.1").withPort(0).withInstances(1).withFlood(0, 1);
    test.server = await(RelayServer.start(test.vertx, config, IrcConfig.OFF, RelayMetrics.unexported(), null,
        HistorySetup.inMemory(HistoryConfig.DEFAULTS), WebSetup.of(web, (v, router) -> test.sharing.routes().mount(router))));
    return test;
  }

  int port() {
    return server.port();
  }

  int webPort() {
    return webPort;
  }

  @Override
  public void close() {
    await(server.close().eventually(sharing::close).eventually(database::close).eventually(vertx::close));
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.await(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the server did not start or stop", e);
    }
  }
}

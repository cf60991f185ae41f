package dev.relay.client;

import dev.relay.edge.ServerConfig;
import dev.relay.server.RelayServer;
import io.vertx.core.Vertx;

/** The real Relay server, in-process on loopback, for the client's integration tests. */
final class TestServer implements AutoCloseable {

  private final Vertx vertx = Vertx.vertx();
  private RelayServer server;
  private int port;

  /** Starts on a free port. */
  static TestServer start() {
    TestServer test = new TestServer();
    test.startOn(0);
    return test;
  }

  int port() {
    return port;
  }

  /** Stops listening and drops every connection, as a server going down does. */
  void stop() {
    server.close().await();
    server = null;
  }

  /** Starts again on the same port. */
  void restart() {
    startOn(port);
  }

  @Override
  public void close() {
    if (server != null) {
      stop();
    }
    vertx.close().await();
  }

  private void startOn(int wanted) {
    server = RelayServer.start(vertx, ServerConfig.defaults().withHost("127.0.0.1").withPort(wanted).withInstances(1))
        .await();
    port = server.port();
  }
}

package dev.relay.testing;

import dev.relay.edge.ServerConfig;
import dev.relay.irc.IrcConfig;
import dev.relay.server.RelayServer;
import io.vertx.core.Vertx;
import java.util.concurrent.TimeUnit;

/** Starts a real Relay server on a free loopback port of the given Vert.x, with flood control off. */
public final class TestServer {

  private TestServer() {
  }

  public static ServerConfig config() {
    return ServerConfig.defaults().withHost("127.0.0.1").withPort(0).withInstances(2).withFlood(0, 1);
  }

  public static RelayServer start(Vertx vertx) {
    return start(vertx, config());
  }

  public static RelayServer start(Vertx vertx, ServerConfig config) {
    return start(vertx, config, IrcConfig.OFF);
  }

  /** A server with the IRC gateway on a free port too. */
  public static RelayServer startWithIrc(Vertx vertx) {
    return start(vertx, config(), IrcConfig.anyPort());
  }

  public static RelayServer start(Vertx vertx, ServerConfig config, IrcConfig irc) {
    try {
      return RelayServer.start(vertx, config, irc).await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("server did not start", e);
    }
  }
}

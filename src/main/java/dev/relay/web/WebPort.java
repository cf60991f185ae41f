package dev.relay.web;

import dev.relay.edge.HttpPort;
import dev.relay.edge.Listener;
import dev.relay.edge.ServerConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.ServerWebSocketHandshake;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.ext.web.Router;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

/**
 * The public web port (docs/PROTOCOL.md 12): on every listener, an HTTP server whose WebSockets at {@code /ws}, from
 * an allowed origin, become that listener's connections in the web dialect, and whose other requests go to the
 * web routes (the client's files, uploads, shared files).
 */
public final class WebPort implements HttpPort {

  /** The path of the chat's WebSocket. */
  static final String SOCKET_PATH = "/ws";

  private final String name;
  private final int bindPort;
  private final ServerConfig server;
  private final WebConfig web;
  private final Function<Vertx, Router> routes;
  private final OriginCheck origins;
  private final WebFrontEnd frontEnd = new WebFrontEnd();

  /**
   * @param bindPort the port, or a negative id shared by the listeners for one random port (see {@code ChatPort})
   * @param routes   a router for each listener's server: what the port serves besides the WebSocket
   */
  public WebPort(String name, int bindPort, ServerConfig server, WebConfig web, Function<Vertx, Router> routes) {
    this.name = name;
    this.bindPort = bindPort;
    this.server = server;
    this.web = web;
    this.routes = routes;
    this.origins = new OriginCheck(web.allowedOrigins());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Bound bind(Vertx vertx, Listener listener) {
    HttpServerOptions options = new HttpServerOptions().setHost(server.host()).setPort(bindPort)
        .setMaxWebSocketFrameSize(web.maxFrameBytes()).setMaxWebSocketMessageSize(web.maxFrameBytes())
        // Compression would cost every member's connection its own deflate of every room line.
        .setPerMessageWebSocketCompressionSupported(false).setPerFrameWebSocketCompressionSupported(false);
    if (server.tls() != null) {
      options.setSsl(true).setKeyCertOptions(
          new PemKeyCertOptions().setCertPath(server.tls().certPath()).setKeyPath(server.tls().keyPath()));
    }
    HttpServer http = vertx.createHttpServer(options)
        .webSocketHandshakeHandler(handshake -> handshake(handshake, listener))
        .requestHandler(routes.apply(vertx));
    return new Bound() {
      @Override
      public Future<Void> listen() {
        return http.listen().mapEmpty();
      }

      @Override
      public Future<Void> shutdown(long graceSeconds) {
        return http.shutdown(graceSeconds, TimeUnit.SECONDS);
      }

      @Override
      public int actualPort() {
        return http.actualPort();
      }
    };
  }

  private void handshake(ServerWebSocketHandshake handshake, Listener listener) {
    if (!SOCKET_PATH.equals(handshake.path())) {
      handshake.reject(404);
    } else if (!origins.allows(handshake.headers().get("Origin"), handshake.scheme(), handshake.authority())) {
      handshake.reject(403);
    } else {
      handshake.accept().onSuccess(socket -> listener.accept(new WebSocketTransport(socket), frontEnd));
    }
  }
}

package dev.relay.files;

import dev.relay.bus.Addresses;
import dev.relay.bus.Codecs;
import dev.relay.bus.FileReply;
import dev.relay.bus.FileRequest;
import dev.relay.bus.LocalCodec;
import dev.relay.store.Database;
import dev.relay.store.StoreConfig;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.RequestOptions;
import io.vertx.ext.web.Router;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One node's file sharing for a test: its own Vert.x, a store, {@link FileSharing} and a web port on loopback with
 * the file routes mounted, and an HTTP client to it. Blocking methods, for the test thread.
 */
final class FilesNode implements AutoCloseable {

  /** What a response carried. */
  record Reply(int status, Map<String, String> headers, Buffer body) {

    String header(String name) {
      return headers.get(name.toLowerCase());
    }

    String text() {
      return body.toString();
    }
  }

  final Vertx vertx;
  final FileSharing sharing;
  private final Database database;
  private final HttpServer server;
  private final HttpClient client;

  private FilesNode(Vertx vertx, Database database, FileSharing sharing, HttpServer server) {
    this.vertx = vertx;
    this.database = database;
    this.sharing = sharing;
    this.server = server;
    this.client = vertx.createHttpClient();
  }

  static FilesNode start(StoreConfig store, UploadsConfig config, Clock clock) throws Exception {
    Vertx vertx = Vertx.vertx();
    Codecs.registerOn(vertx);
    Database database = await(Database.open(vertx, store));
    Router router = Router.router(vertx);
    HttpServer server = await(vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1"));
    String base = "http://127.0.0.1:" + server.actualPort();
    FileSharing sharing = await(FileSharing.start(vertx, database.pool(), config, base, clock));
    sharing.routes().mount(router);
    return new FilesNode(vertx, database, sharing, server);
  }

  io.vertx.sqlclient.Pool pool() {
    return database.pool();
  }

  int port() {
    return server.actualPort();
  }

  FileReply ask(FileRequest request) throws Exception {
    return await(vertx.eventBus().<FileReply>request(Addresses.FILES, request, LocalCodec.LOCAL)).body();
  }

  String grant(String alias) throws Exception {
    return ((FileReply.Granted) ask(new FileRequest.Grant(alias, false))).token();
  }

  Reply upload(String path, String token, Buffer body, Map<String, String> headers) throws Exception {
    return await(request(HttpMethod.POST, path).compose(request -> {
      if (token != null) {
        request.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token);
      }
      headers.forEach(request::putHeader);
      return request.send(body);
    }).compose(response -> response.body().map(bytes -> new Reply(response.statusCode(), lowered(response.headers()),
        bytes))));
  }

  Reply upload(String path, String token, byte[] body) throws Exception {
    return upload(path, token, Buffer.buffer(body), Map.of());
  }

  Reply get(String path) throws Exception {
    return await(request(HttpMethod.GET, path).compose(HttpClientRequest::send)
        .compose(response -> response.body().map(bytes -> new Reply(response.statusCode(),
            lowered(response.headers()), bytes))));
  }

  Future<HttpClientRequest> request(HttpMethod method, String path) {
    return client.request(new RequestOptions().setMethod(method).setHost("127.0.0.1").setPort(port())
        .setURI(path));
  }

  @Override
  public void close() throws Exception {
    await(client.close());
    await(server.close());
    await(sharing.close());
    await(database.close());
    await(vertx.close());
  }

  static <T> T await(Future<T> future) throws Exception {
    return future.await(20, TimeUnit.SECONDS);
  }

  private static Map<String, String> lowered(MultiMap headers) {
    Map<String, String> all = new HashMap<>();
    headers.forEach((name, value) -> all.put(name.toLowerCase(), value));
    return all;
  }
}

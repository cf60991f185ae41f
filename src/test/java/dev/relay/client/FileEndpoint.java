package dev.relay.client;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.core.net.PemKeyCertOptions;
import io.vertx.core.net.SelfSignedCertificate;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The HTTP side of docs/PROTOCOL.md 13 as a test fixture, on loopback: {@code POST /upload/NAME} with a bearer token
 * (401, 413 from the declared length, 201 with the file's description) and {@code GET /f/ID/NAME} (200 with
 * Content-Disposition, 404). Files are kept in memory: the fixture's business is what arrived, not how it is stored.
 * {@code /cut/N} answers a length of N and closes after a few bytes.
 */
final class FileEndpoint implements AutoCloseable {

  static final String TOKEN = "good-token";

  record Stored(String name, Buffer bytes) {
  }

  private final Vertx vertx = Vertx.vertx();
  private final long maxBytes;
  private final Map<String, Stored> files = new ConcurrentHashMap<>();
  private final Map<String, String> dispositions = new ConcurrentHashMap<>();
  private final AtomicInteger ids = new AtomicInteger();
  private final boolean tls;
  private HttpServer server;

  private FileEndpoint(long maxBytes, boolean tls) {
    this.maxBytes = maxBytes;
    this.tls = tls;
  }

  static FileEndpoint start(long maxBytes) {
    return new FileEndpoint(maxBytes, false).listen(new HttpServerOptions());
  }

  /** Over TLS, with a certificate of its own for {@code localhost} that no trust store knows. */
  static FileEndpoint startTls(long maxBytes) {
    SelfSignedCertificate certificate = SelfSignedCertificate.create("localhost");
    return new FileEndpoint(maxBytes, true).listen(new HttpServerOptions().setSsl(true)
        .setKeyCertOptions(new PemKeyCertOptions().setCertPath(certificate.certificatePath())
            .setKeyPath(certificate.privateKeyPath())));
  }

  String base() {
    return (tls ? "https://localhost:" : "http://127.0.0.1:") + server.actualPort();
  }

  String uploadUrl() {
    return base() + "/upload";
  }

  /** A file kept as if uploaded; {@code disposition} is sent as Content-Disposition when not null. */
  String keep(String name, Buffer bytes, String disposition) {
    String id = "id" + ids.incrementAndGet();
    files.put(id, new Stored(name, bytes));
    if (disposition != null) {
      dispositions.put(id, disposition);
    }
    return base() + "/f/" + id + "/" + FileNames.encodeSegment(name);
  }

  Stored stored(String id) {
    return files.get(id);
  }

  @Override
  public void close() {
    vertx.close().await();
  }

  private FileEndpoint listen(HttpServerOptions options) {
    server = vertx.createHttpServer(options.setHost("127.0.0.1")).requestHandler(this::handle).listen(0).await();
    return this;
  }

  private void handle(HttpServerRequest request) {
    String[] path = request.path().split("/");
    if (request.method().name().equals("POST") && path.length == 3 && path[1].equals("upload")) {
      upload(request, URLDecoder.decode(path[2].replace("+", "%2B"), StandardCharsets.UTF_8));
    } else if (path.length >= 3 && path[1].equals("f")) {
      serve(request, path[2]);
    } else if (path.length == 3 && path[1].equals("cut")) {
      request.response().putHeader("Content-Length", path[2]).write("only this")
          .onComplete(written -> request.connection().close());
    } else {
      plain(request, 404, "not found");
    }
  }

  private void upload(HttpServerRequest request, String name) {
    if (!("Bearer " + TOKEN).equals(request.getHeader("Authorization"))) {
      plain(request, 401, "no or unknown token");
      return;
    }
    String length = request.getHeader("Content-Length");
    if (length != null && Long.parseLong(length) > maxBytes) {
      request.response().setStatusCode(413).putHeader("Connection", "close").putHeader("Content-Type", "text/plain")
          .end("file too large (max " + maxBytes + " bytes)\n");
      return;
    }
    Buffer received = Buffer.buffer();
    request.handler(received::appendBuffer);
    request.endHandler(end -> {
      String id = "up" + ids.incrementAndGet();
      files.put(id, new Stored(name, received));
      String url = base() + "/f/" + id + "/" + FileNames.encodeSegment(name);
      request.response().setStatusCode(201).putHeader("Location", "/f/" + id + "/" + name)
          .putHeader("Content-Type", "application/json")
          .end(new JsonObject().put("id", id).put("name", name).put("type", "application/octet-stream")
              .put("size", received.length()).put("url", url).encode());
    });
  }

  private void serve(HttpServerRequest request, String id) {
    Stored file = files.get(id);
    if (file == null) {
      plain(request, 404, "no such file");
      return;
    }
    String disposition = dispositions.get(id);
    if (disposition != null) {
      request.response().putHeader("Content-Disposition", disposition);
    }
    request.response().putHeader("Content-Type", "application/octet-stream").end(file.bytes());
  }

  private static void plain(HttpServerRequest request, int status, String text) {
    request.response().setStatusCode(status).putHeader("Content-Type", "text/plain").end(text + "\n");
  }
}

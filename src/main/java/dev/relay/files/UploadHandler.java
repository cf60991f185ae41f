package dev.relay.files;

import dev.relay.chat.Names;
import dev.relay.store.StoredFile;
import dev.relay.store.UploadToken;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;
import java.nio.file.Path;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /upload/NAME} and {@code POST /upload} (docs/PROTOCOL.md 13). The request stays paused until its
 * token and the limits are checked, so a refused body is never read; then the body streams to a temporary file,
 * is sniffed and stripped of location metadata on a worker thread, and goes into the store chunk by chunk. A
 * refusal while the body is unread closes the connection after the response. Temporary files are deleted however
 * the upload ends. Stateless apart from the request's own steps: any event loop.
 */
final class UploadHandler implements Handler<RoutingContext> {

  private static final Logger LOG = LoggerFactory.getLogger(UploadHandler.class);

  /** What an admitted upload is: who, under which name. */
  private record Admitted(UploadToken token, String name) {
  }

  private final Vertx vertx;
  private final UploadParts parts;

  UploadHandler(Vertx vertx, UploadParts parts) {
    this.vertx = vertx;
    this.parts = parts;
  }

  @Override
  public void handle(RoutingContext context) {
    HttpServerRequest request = context.request();
    request.pause();
    if (!parts.config().enabled()) {
      Responses.refuse(request, HttpRefusal.turnedOff());
      return;
    }
    String id = parts.ids().next();
    Path received = parts.tempDir().resolve(id + ".part");
    Path kept = parts.tempDir().resolve(id + ".kept");
    admit(context)
        .compose(admitted -> receive(request, received)
            .compose(size -> vertx.executeBlocking(() -> KeptFile.from(received, kept), false))
            .compose(file -> parts.limits().fits(file.size()).map(file))
            .compose(file -> store(id, admitted, file)))
        .onSuccess(file -> created(request, file))
        .onFailure(failure -> refuse(request, failure))
        .eventually(() -> Future.join(delete(received), delete(kept)));
  }

  private Future<Admitted> admit(RoutingContext context) {
    HttpServerRequest request = context.request();
    return parts.tokens().verify(request.getHeader(HttpHeaders.AUTHORIZATION)).compose(token -> {
      String asked = context.pathParam("name") != null ? context.pathParam("name")
          : FileNames.fromContentDisposition(request.getHeader(HttpHeaders.CONTENT_DISPOSITION)).orElse(null);
      return FileNames.safe(asked)
          .map(name -> parts.limits().admit(token.alias(), declaredLength(request)).map(new Admitted(token, name)))
          .orElseGet(() -> Future.failedFuture(HttpRefusal.noName()));
    });
  }

  /**
   * The body, into {@code path}. A client that asked {@code Expect: 100-continue} is told to go on only now, once
   * admitted (so the server must not answer it automatically: HttpServerOptions.handle100ContinueAutomatically off).
   */
  private Future<Long> receive(HttpServerRequest request, Path path) {
    if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaders.EXPECT))) {
      request.response().writeContinue();
    }
    return BodyReceiver.receive(vertx, request, path.toString(), parts.limits().maxFileBytes());
  }

  private Future<StoredFile> store(String id, Admitted admitted, KeptFile kept) {
    Instant now = parts.clock().instant();
    String alias = admitted.token().alias();
    StoredFile file = new StoredFile(id, admitted.name(), kept.type(), kept.size(), Names.key(alias), alias, now,
        now.plus(parts.config().keep()));
    return parts.writer().write(file, kept.path().toString()).map(file);
  }

  private void created(HttpServerRequest request, StoredFile file) {
    String url = parts.links().url(file.id(), file.name());
    JsonObject body = new JsonObject().put("id", file.id()).put("name", file.name()).put("type", file.type())
        .put("size", file.size()).put("url", url);
    request.response().setStatusCode(201)
        .putHeader(HttpHeaders.LOCATION, FileLinks.path(file.id(), file.name()))
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
        .end(body.encode());
    LOG.info("{} uploaded {} ({}, {} bytes) as {}", file.uploader(), file.name(), file.type(), file.size(),
        file.id());
  }

  private void refuse(HttpServerRequest request, Throwable failure) {
    if (!(failure instanceof HttpRefusal)) {
      LOG.warn("upload from {} failed: {}", request.remoteAddress(), failure.toString());
    }
    Responses.refuse(request, failure instanceof HttpRefusal refusal ? refusal : HttpRefusal.storeAway());
  }

  /** -1 when the request does not say (chunked). */
  private static long declaredLength(HttpServerRequest request) {
    try {
      String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
      return length == null ? -1 : Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private Future<Void> delete(Path path) {
    return vertx.fileSystem().delete(path.toString()).otherwiseEmpty();
  }
}

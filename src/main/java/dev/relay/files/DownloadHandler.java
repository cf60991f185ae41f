package dev.relay.files;

import dev.relay.bus.SharedFile;
import dev.relay.store.FileStore;
import dev.relay.store.StoredFile;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /f/ID/NAME} and {@code GET /f/ID} (docs/PROTOCOL.md 13): the file with its sniffed type, inline only
 * for the raster images, under a sandboxing CSP. The body is sent chunk by chunk, each read from the store only
 * once the previous one is written to the socket: one chunk in memory per download, however slow the reader.
 * Stateless: any event loop.
 */
final class DownloadHandler implements Handler<RoutingContext> {

  private static final Logger LOG = LoggerFactory.getLogger(DownloadHandler.class);

  private final FileStore store;
  private final Clock clock;

  DownloadHandler(FileStore store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  @Override
  public void handle(RoutingContext context) {
    HttpServerRequest request = context.request();
    String id = context.pathParam("id");
    if (!FileIds.wellFormed(id)) {
      Responses.refuse(request, HttpRefusal.noFile());
      return;
    }
    store.find(id, clock.instant()).onComplete(found -> {
      if (found.failed()) {
        LOG.warn("cannot read file {}: {}", id, found.cause().toString());
        Responses.refuse(request, HttpRefusal.storeAway());
      } else if (found.result().isEmpty()) {
        Responses.refuse(request, HttpRefusal.noFile());
      } else {
        send(request, found.result().get());
      }
    });
  }

  private void send(HttpServerRequest request, StoredFile file) {
    HttpServerResponse response = request.response();
    boolean inline = new SharedFile(file.id(), file.name(), file.type(), file.size(), "").inlineImage();
    response.putHeader(HttpHeaders.CONTENT_TYPE, file.type().equals(TypeSniffer.TEXT)
            ? TypeSniffer.TEXT + "; charset=utf-8" : file.type())
        .putHeader(HttpHeaders.CONTENT_DISPOSITION, FileNames.contentDisposition(inline, file.name()))
        .putHeader("Content-Security-Policy", "sandbox; default-src 'none'")
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Referrer-Policy", "no-referrer")
        .putHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=86400, immutable")
        .putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(file.size()));
    if (request.method() == HttpMethod.HEAD) {
      response.end();
      return;
    }
    chunks(response, file, 0, 0).onFailure(failure -> {
      LOG.debug("sending file {} stopped: {}", file.id(), failure.toString());
      response.reset();
    });
  }

  /** Writes chunk n and on, once the previous write has reached the socket. */
  private Future<Void> chunks(HttpServerResponse response, StoredFile file, int n, long sent) {
    if (sent >= file.size()) {
      return response.end();
    }
    return store.chunk(file.id(), n).compose(chunk -> chunk.isEmpty()
        ? Future.failedFuture(new IllegalStateException("file " + file.id() + " lacks chunk " + n))
        : response.write(chunk.get()).compose(v -> chunks(response, file, n + 1, sent + chunk.get().length())));
  }
}

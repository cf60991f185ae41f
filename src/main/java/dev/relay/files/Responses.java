package dev.relay.files;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;

/** The one-line {@code text/plain} answers of refused requests. */
final class Responses {

  private Responses() {
  }

  /**
   * Answers with the refusal; when the request has a body not read whole, asks the client to close and closes the
   * connection once the answer is written, rather than read (or mistake for a next request) the rest.
   */
  static void refuse(HttpServerRequest request, HttpRefusal refusal) {
    HttpServerResponse response = request.response();
    if (response.ended() || response.closed()) {
      return;
    }
    boolean unread = !request.isEnded() && hasBody(request);
    response.setStatusCode(refusal.status()).putHeader(HttpHeaders.CONTENT_TYPE, "text/plain; charset=utf-8");
    if (unread) {
      response.putHeader(HttpHeaders.CONNECTION, "close");
    }
    response.end(refusal.text() + "\n").onComplete(written -> {
      if (unread) {
        request.connection().close();
      }
    });
  }

  private static boolean hasBody(HttpServerRequest request) {
    String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
    return request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null || (length != null && !length.strip().equals("0"));
  }
}

package dev.relay.client;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The HTTP side of {@code /send} and {@code /get} (docs/PROTOCOL.md 13), on a Vert.x instance of the client's own,
 * made on first use: files are streamed from and to disk, never held whole in memory. Futures complete on Vert.x's
 * threads; progress lines are handed out there too. HTTPS is checked against the JDK's trust store, unless the user
 * chose {@code --insecure}.
 */
final class HttpTransfers implements AutoCloseable {

  /** A file the server took. */
  record Uploaded(String id, String name, long size, String url) {
  }

  /** The server answered with an error status; the message is the status and the first line of its body. */
  static final class Refused extends Exception {

    Refused(int status, String body) {
      super(status + (body.isEmpty() ? "" : " " + body));
    }
  }

  static final int CONNECT_TIMEOUT_MILLIS = 10_000;
  /** A transfer with nothing moving either way for this long has failed. */
  static final int IDLE_SECONDS = 60;
  private static final int MAX_ANSWER_BYTES = 8192;
  private static final int MAX_REASON_CHARS = 200;

  private final ClientTls tls;
  private final Clock clock;
  private Vertx vertx;
  private HttpClient http;

  HttpTransfers(ClientTls tls, Clock clock) {
    this.tls = tls;
    this.clock = clock;
  }

  /** Made on first use, by the one thread that starts transfers. */
  Vertx vertx() {
    if (vertx == null) {
      vertx = Vertx.vertx();
      boolean insecure = tls == ClientTls.INSECURE;
      http = vertx.createHttpClient(new HttpClientOptions().setConnectTimeout(CONNECT_TIMEOUT_MILLIS)
          .setIdleTimeout(IDLE_SECONDS).setTrustAll(insecure).setVerifyHost(!insecure));
    }
    return vertx;
  }

  HttpClient http() {
    vertx();
    return http;
  }

  Clock clock() {
    return clock;
  }

  /** Stops what is under way and frees the threads; waits a few seconds at most. */
  @Override
  public void close() {
    if (vertx == null) {
      return;
    }
    try {
      vertx.close().toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // Leaving anyway; the threads are daemons.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Runs {@code transfer} on a Vert.x context of its own, so that each step's callback runs in the same turn as the
   * event that completes it: a response's handlers are then set before its body (or its end) is handled. A transfer
   * whose very start throws (an address Vert.x will not take) fails like any other.
   */
  <T> Future<T> onContext(Supplier<Future<T>> transfer) {
    Promise<T> done = Promise.promise();
    vertx().getOrCreateContext().runOnContext(start -> {
      try {
        transfer.get().onComplete(done);
      } catch (RuntimeException e) {
        done.fail(e);
      }
    });
    return done.future();
  }

  /** The answer to an upload: the file's description on 201, else {@link Refused}. */
  static Future<Uploaded> uploaded(HttpClientResponse response) {
    return text(response).compose(body -> {
      if (response.statusCode() != 201) {
        return Future.failedFuture(new Refused(response.statusCode(), firstLine(body)));
      }
      try {
        JsonObject file = new JsonObject(body);
        return Future.succeededFuture(new Uploaded(file.getString("id"), file.getString("name"),
            file.getLong("size", -1L), file.getString("url")));
      } catch (DecodeException | ClassCastException e) {
        return Future.failedFuture(new Refused(201, "but not a file's description"));
      }
    });
  }

  /** {@code response} refused: its status and words. */
  static <T> Future<T> refused(HttpClientResponse response) {
    return text(response).compose(body -> Future.failedFuture(new Refused(response.statusCode(), firstLine(body))));
  }

  /**
   * The first {@link #MAX_ANSWER_BYTES} of a body, the rest read and dropped; a body cut short gives what came, enough
   * for an error's words.
   */
  private static Future<String> text(HttpClientResponse response) {
    Promise<String> text = Promise.promise();
    Buffer kept = Buffer.buffer();
    response.handler(piece -> {
      int room = MAX_ANSWER_BYTES - kept.length();
      if (room > 0) {
        kept.appendBuffer(piece, 0, Math.min(room, piece.length()));
      }
    });
    response.endHandler(end -> text.tryComplete(kept.toString()));
    response.exceptionHandler(e -> text.tryComplete(kept.toString()));
    return text.future();
  }

  private static String firstLine(String body) {
    String line = body.strip().lines().findFirst().orElse("").replaceAll("\\p{Cntrl}", "");
    return line.length() > MAX_REASON_CHARS ? line.substring(0, MAX_REASON_CHARS) + "..." : line;
  }
}

package dev.relay.files;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpServerRequest;

/**
 * Streams a (paused) request's body into a new file, counting its bytes, with backpressure: reading pauses while
 * the file's write queue is full. Past {@code maxBytes} it stops reading and fails with a 413 {@link HttpRefusal};
 * the caller deletes the file and closes the connection. Never holds more than the file's write queue in memory.
 * Runs on the request's context; one instance per request.
 */
final class BodyReceiver {

  private final HttpServerRequest request;
  private final AsyncFile file;
  private final long maxBytes;
  private final Promise<Long> done = Promise.promise();
  private long received;

  private BodyReceiver(HttpServerRequest request, AsyncFile file, long maxBytes) {
    this.request = request;
    this.file = file;
    this.maxBytes = maxBytes;
  }

  /** The body's size once all of it is in {@code path}, a file this creates. */
  static Future<Long> receive(Vertx vertx, HttpServerRequest request, String path, long maxBytes) {
    return vertx.fileSystem().open(path, new OpenOptions().setWrite(true).setCreateNew(true))
        .compose(file -> new BodyReceiver(request, file, maxBytes).start());
  }

  private Future<Long> start() {
    file.exceptionHandler(this::fail);
    request.handler(this::received);
    request.exceptionHandler(this::fail);
    request.endHandler(v -> file.close().onSuccess(closed -> done.tryComplete(received)).onFailure(this::fail));
    request.resume();
    return done.future();
  }

  private void received(Buffer bytes) {
    if (done.future().isComplete()) {
      return;
    }
    received += bytes.length();
    if (received > maxBytes) {
      fail(HttpRefusal.tooLarge(maxBytes));
      return;
    }
    file.write(bytes).onFailure(this::fail);
    if (file.writeQueueFull()) {
      request.pause();
      file.drainHandler(v -> request.resume());
    }
  }

  private void fail(Throwable why) {
    request.pause();
    if (done.tryFail(why)) {
      file.close();
    }
  }
}

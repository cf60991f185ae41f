package dev.relay.client;

import io.vertx.core.Future;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * One upload: the file piped from disk into {@code POST URL/NAME} with the token (docs/PROTOCOL.md 13, step 2). The
 * length is sent first, so a server that takes less refuses at once instead of after the whole body.
 */
final class HttpUpload {

  /** The pieces the file is read in: fewer, larger writes than AsyncFile's 8 KiB. */
  static final int READ_BYTES = 64 * 1024;

  private final HttpTransfers transfers;

  HttpUpload(HttpTransfers transfers) {
    this.transfers = transfers;
  }

  /**
   * Sends {@code file}, {@code size} bytes long, as {@code name}. Fails with {@link HttpTransfers.Refused} on an error
   * status; {@code progress} gets the lines {@link Progress} says are due, on a Vert.x thread.
   *
   * @param url the upload address of the grant, without the name
   */
  Future<HttpTransfers.Uploaded> send(Path file, String name, long size, String url, String token,
      Consumer<String> progress) {
    return transfers.onContext(() -> open(file, name, size, url, token, progress));
  }

  private Future<HttpTransfers.Uploaded> open(Path file, String name, long size, String url, String token,
      Consumer<String> progress) {
    Progress meter = new Progress(transfers.clock(), "sending " + name, size);
    RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST)
        .setAbsoluteURI(stripSlash(url) + "/" + FileNames.encodeSegment(name))
        .putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
        .putHeader(HttpHeaders.CONTENT_LENGTH, String.valueOf(size))
        .putHeader(HttpHeaders.CONTENT_TYPE, "application/octet-stream");
    return transfers.vertx().fileSystem().open(file.toString(), new OpenOptions().setRead(true).setWrite(false)
        .setCreate(false)).compose(opened -> post(opened.setReadBufferSize(READ_BYTES), request, meter, progress));
  }

  private Future<HttpTransfers.Uploaded> post(AsyncFile opened, RequestOptions request, Progress meter,
      Consumer<String> progress) {
    return transfers.http().request(request)
        .compose(out -> {
          // A server that refuses early answers and closes while the body still goes out: the answer says why, the
          // failed write says nothing more.
          out.exceptionHandler(e -> { });
          return out.send(new CountingStream(opened, done -> meter.moved(done).ifPresent(progress)));
        })
        .compose(HttpTransfers::uploaded)
        .eventually(() -> opened.close().recover(e -> Future.succeededFuture()));
  }

  private static String stripSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }
}

package dev.relay.client;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.FileSystem;
import io.vertx.core.file.OpenOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.streams.Pipe;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One download: {@code GET URL} piped into a new file. The file is created new, never over an existing one (the name
 * gets {@code (1)}, {@code (2)}, ... instead), and is removed again when the download fails. It is only written:
 * nothing here opens or runs it.
 */
final class HttpDownload {

  /** How many numbered names are tried before giving up. */
  static final int MAX_NUMBERED = 999;

  /** A finished download: where it went and how long it is. */
  record Saved(Path path, long size) {
  }

  private final HttpTransfers transfers;

  HttpDownload(HttpTransfers transfers) {
    this.transfers = transfers;
  }

  /**
   * Gets {@code url} into {@code directory}, under {@code name} if given, else the name the server or the URL gives.
   * Fails with {@link HttpTransfers.Refused} on a status other than 200; {@code progress} gets the lines due.
   */
  Future<Saved> get(String url, Path directory, Optional<String> name, Consumer<String> progress) {
    return transfers.onContext(() -> transfers.http()
        .request(new RequestOptions().setMethod(HttpMethod.GET).setAbsoluteURI(url).setFollowRedirects(true))
        .compose(out -> out.send())
        .compose(response -> response.statusCode() == 200
            ? save(response, directory, name.orElseGet(() -> FileNames.forDownload(
                response.getHeader(HttpHeaders.CONTENT_DISPOSITION), url)), progress)
            : HttpTransfers.refused(response)));
  }

  /**
   * The pipe is made at once, before the file is opened: it holds back the body, its end and its failure, which a
   * small response may well have delivered by the time the file is there.
   */
  private Future<Saved> save(HttpClientResponse response, Path directory, String name, Consumer<String> progress) {
    long length = contentLength(response);
    Progress[] meter = new Progress[1];
    long[] size = {0};
    Pipe<Buffer> pipe = new CountingStream(response, done -> {
      size[0] = done;
      meter[0].moved(done).ifPresent(progress);
    }).pipe();
    FileSystem files = transfers.vertx().fileSystem();
    return createNew(files, directory, name, 0)
        .onFailure(e -> pipe.close())
        .compose(created -> {
          meter[0] = new Progress(transfers.clock(), "getting " + created.name, length);
          return pipe.to(created.file)
              .map(done -> new Saved(created.path, size[0]))
              .recover(e -> files.delete(created.path.toString()).transform(deleted -> Future.failedFuture(e)));
        });
  }

  private record Created(Path path, String name, AsyncFile file) {
  }

  private static Future<Created> createNew(FileSystem files, Path directory, String name, int n) {
    String numbered = FileNames.numbered(name, n);
    Path path = directory.resolve(numbered);
    return files.open(path.toString(), new OpenOptions().setWrite(true).setRead(false).setCreateNew(true))
        .map(file -> new Created(path, numbered, file))
        .recover(e -> exists(e) && n < MAX_NUMBERED ? createNew(files, directory, name, n + 1) : Future.failedFuture(e));
  }

  private static boolean exists(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof FileAlreadyExistsException) {
        return true;
      }
    }
    return false;
  }

  private static long contentLength(HttpClientResponse response) {
    try {
      String length = response.getHeader(HttpHeaders.CONTENT_LENGTH);
      return length == null ? -1 : Long.parseLong(length);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}

package dev.relay.files;

import dev.relay.history.VertxTimers;
import dev.relay.store.FileStore;
import dev.relay.store.SqlFileStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * Files on one node, started and stopped as one: the store over the node's pool, the {@link FileService} on the
 * bus, the {@link ExpirySweep}, and the {@link FileRoutes} for the web port. Temporary upload files go in a
 * directory of its own, deleted on {@link #close}.
 */
public final class FileSharing {

  /** How often expired files are deleted. */
  public static final Duration SWEEP_PERIOD = Duration.ofHours(1);

  private final Vertx vertx;
  private final FileService service;
  private final ExpirySweep sweep;
  private final FileRoutes routes;
  private final Path tempDir;

  private FileSharing(Vertx vertx, FileService service, ExpirySweep sweep, FileRoutes routes, Path tempDir) {
    this.vertx = vertx;
    this.service = service;
    this.sweep = sweep;
    this.routes = routes;
    this.tempDir = tempDir;
  }

  /**
   * Starts file sharing on the caller's context (the service's consumer and the sweep live there); completes once
   * the consumer is registered. {@code publicBase}: the web port as users reach it, e.g. {@code http://host:8000}.
   * Needs {@link dev.relay.bus.Codecs} registered on {@code vertx}.
   */
  public static Future<FileSharing> start(Vertx vertx, Pool pool, UploadsConfig config, String publicBase,
      Clock clock) {
    FileStore store = new SqlFileStore(pool);
    FileIds ids = new FileIds();
    FileLinks links = new FileLinks(publicBase);
    UploadTokens tokens = new UploadTokens(store, ids, clock, config.tokenLife());
    FileService service = new FileService(config, tokens, store, links, clock);
    ExpirySweep sweep = new ExpirySweep(store, clock, new VertxTimers(vertx), SWEEP_PERIOD.toMillis());
    return vertx.fileSystem().createTempDirectory("relay-uploads-").compose(dir -> {
      Path tempDir = Path.of(dir);
      UploadParts parts = new UploadParts(config, tokens, new UploadLimits(store, config, clock),
          new ChunkWriter(vertx, store), ids, links, clock, tempDir);
      FileRoutes routes = new FileRoutes(new UploadHandler(vertx, parts), new DownloadHandler(store, clock));
      FileSharing sharing = new FileSharing(vertx, service, sweep, routes, tempDir);
      return service.start(vertx).onSuccess(v -> sweep.start()).map(sharing);
    });
  }

  /** What to {@link FileRoutes#mount} on the web port's router. */
  public FileRoutes routes() {
    return routes;
  }

  public FileService service() {
    return service;
  }

  public ExpirySweep sweep() {
    return sweep;
  }

  /** Where uploads are received before they go into the store. */
  public Path tempDir() {
    return tempDir;
  }

  /** Stops the sweep and the consumer and deletes the temporary directory. Does not close the pool. */
  public Future<Void> close() {
    sweep.stop();
    return service.stop().compose(v -> vertx.fileSystem().deleteRecursive(tempDir.toString()));
  }
}

package dev.relay.files;

import dev.relay.store.FileStore;
import dev.relay.store.StoredFile;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.file.AsyncFile;
import io.vertx.core.file.OpenOptions;

/**
 * Copies a kept file into the store: its row, its chunks one at a time (one chunk in memory), then makes it
 * visible. A failure part way deletes what was written, so no half file is ever served or counted for long.
 */
final class ChunkWriter {

  private final Vertx vertx;
  private final FileStore store;

  ChunkWriter(Vertx vertx, FileStore store) {
    this.vertx = vertx;
    this.store = store;
  }

  Future<Void> write(StoredFile file, String path) {
    return store.begin(file)
        .compose(v -> vertx.fileSystem().open(path, new OpenOptions().setRead(true).setWrite(false)))
        .compose(source -> chunks(file.id(), source, 0, 0).eventually(source::close))
        .compose(v -> store.finish(file.id()))
        .recover(failed -> store.discard(file.id()).transform(v -> Future.failedFuture(failed)));
  }

  private Future<Void> chunks(String id, AsyncFile source, int n, long position) {
    int size = FileStore.CHUNK_BYTES;
    return source.read(Buffer.buffer(size), 0, position, size).compose(chunk -> chunk.length() == 0
        ? Future.succeededFuture()
        : store.appendChunk(id, n, chunk).compose(v -> chunks(id, source, n + 1, position + chunk.length())));
  }
}

package dev.relay.store;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import java.util.Optional;

/**
 * Uploaded files and the tokens that allow uploads (docs/PROTOCOL.md 13). A file is written in three steps:
 * {@link #begin} its row, {@link #appendChunk} its chunks in order, {@link #finish}; readers see it only once
 * finished, so an upload cut short is never served. {@link #discard} removes one that failed.
 *
 * <p>Threading: as {@link HistoryStore}: callable from any context, never blocks it, completes on the caller's
 * context. No transactions (the JDBC client's are unreliable on H2): each method is one statement.
 */
public interface FileStore {

  /** The largest chunk {@link #appendChunk} takes: 256 KiB. */
  int CHUNK_BYTES = 256 * 1024;

  /** Keeps a token by its hash (64 hex digits). */
  Future<Void> createToken(String tokenHash, UploadToken token);

  /** The token with this hash, if it exists and has not expired at {@code now}. */
  Future<Optional<UploadToken>> findToken(String tokenHash, Instant now);

  /** Writes the file's row, not yet visible; its size is the one it will have when finished. */
  Future<Void> begin(StoredFile file);

  /** Stores chunk {@code n} (0, 1, 2...) of a begun file: at most {@link #CHUNK_BYTES}. */
  Future<Void> appendChunk(String id, int n, Buffer bytes);

  /** Makes a begun file visible. */
  Future<Void> finish(String id);

  /** Deletes a file, finished or not, with its chunks. */
  Future<Void> discard(String id);

  /** A finished file that has not expired at {@code now}. */
  Future<Optional<StoredFile>> find(String id, Instant now);

  /** Chunk {@code n} of a file; empty past its last. */
  Future<Optional<Buffer>> chunk(String id, int n);

  /** How many uploads, finished or not, the uploader began at or after {@code since}. */
  Future<Integer> uploadsSince(String uploaderKey, Instant since);

  /** The sizes of every file kept, finished or not, expired but not yet deleted included. */
  Future<Long> keptBytes();

  /** Deletes the files and tokens that expired before {@code now}. @return how many files */
  Future<Integer> deleteExpired(Instant now);
}

package dev.relay.store;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;

/**
 * The audit log: what moderators and administrators did, append-only, for moderators to read back.
 *
 * <p>Threading: every method may be called from any Vert.x context and never blocks it; the returned future
 * completes on the caller's context (see {@link Database}). A database failure, a text longer than its column
 * included, fails the future with the driver's exception.
 */
public interface AuditStore {

  /**
   * Appends one entry; no argument may be null (give empty text for none).
   *
   * @param scope {@link Sanction#SERVER} for server-wide, else a room's key
   * @see AuditEntry for each column's limit
   */
  Future<Void> record(String actor, String action, String target, String scope, String reason, Instant at);

  /** At most {@code limit} entries (0 or more), newest first; entries of the same instant by recording order. */
  Future<List<AuditEntry>> recent(int limit);

  /** As {@link #recent(int)}, only the entries of exactly this scope. */
  Future<List<AuditEntry>> recent(String scope, int limit);
}

package dev.relay.store;

import dev.relay.bus.SanctionKind;
import dev.relay.bus.TargetType;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;

/**
 * Bans and mutes, room-wide and server-wide, kept across restarts: the one authority every node's cache is loaded
 * from. Expiry needs no writer: readers pass the time, and a sanction whose {@code expiresAt} is at or before it no
 * longer counts ({@link Sanction#activeAt}); {@link #purgeExpired} only tidies.
 *
 * <p>Threading: every method may be called from any Vert.x context and never blocks it; the returned future
 * completes on the caller's context (see {@link Database}). A database failure fails the future with the driver's
 * exception.
 */
public interface SanctionStore {

  /** Fails when a sanction with this id is stored. Several sanctions may name the same target. */
  Future<Void> add(Sanction sanction);

  /**
   * Removes every sanction of this kind on this target in this scope, expired or not (a server-wide sanction only
   * with {@link Sanction#SERVER}). @return how many were removed, 0 when none matched
   */
  Future<Integer> remove(SanctionKind kind, String scope, TargetType targetType, String target);

  /** Every sanction in every scope still holding at {@code now}, in the order they were set. */
  Future<List<Sanction>> active(Instant now);

  /**
   * Every sanction of exactly this scope still holding at {@code now}, in the order they were set: a room's own
   * list does not include the server-wide ones (ask for {@link Sanction#SERVER} as well).
   */
  Future<List<Sanction>> active(String scope, Instant now);

  /** @return how many sanctions that expired at or before {@code now} were deleted */
  Future<Integer> purgeExpired(Instant now);
}

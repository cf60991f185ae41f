package dev.relay.store;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;

/**
 * What was said in rooms, kept across restarts, for members to page back through. Each room numbers its lines: seq
 * 1, 2, 3... with no gaps; the caller numbers them. Every list is oldest first (ascending seq) and every seq bound
 * is exclusive.
 *
 * <p>Retention needs no writer: readers pass {@code notBefore}, and only the lines said at or after it are kept; one
 * said before it counts as gone whether or not {@link #deleteOlderThan} has deleted it yet. The sweep
 * ({@link #deleteOlderThan}, {@link #trim}) only frees the space.
 *
 * <p>Threading: every method may be called from any Vert.x context and never blocks it; the returned future
 * completes on the caller's context (see {@link Database}). A database failure, a text longer than its column
 * included, fails the future with the driver's exception.
 */
public interface HistoryStore {

  /**
   * Keeps these lines, all or none for up to 500; a longer list goes in 500 at a time, in order, each all or none,
   * stopping at the first that fails. Safe to retry after a failure: a line whose room and seq are stored already is
   * left as it is, without error. An empty list does nothing.
   */
  Future<Void> append(List<StoredLine> lines);

  /**
   * The {@code limit} (0 or more) kept lines with the highest seq below {@code beforeSeq} ({@link Long#MAX_VALUE}
   * for the newest), oldest first.
   */
  Future<List<StoredLine>> before(String roomKey, long beforeSeq, int limit, Instant notBefore);

  /** The {@code limit} (0 or more) kept lines with the lowest seq above {@code afterSeq}, oldest first. */
  Future<List<StoredLine>> after(String roomKey, long afterSeq, int limit, Instant notBefore);

  /**
   * The highest seq the room has used: of its lines stored, expired or not, or as it was when they were cleared; 0
   * for a room that never had one. A room's numbering goes on from here.
   */
  Future<Long> lastSeq(String roomKey);

  /**
   * The seq of the first line said at or after {@code at}, expired or not; when there is none, the seq the room's
   * next line will have ({@link #lastSeq} + 1, so 1 for a room without lines).
   */
  Future<Long> firstSeqAtOrAfter(String roomKey, Instant at);

  /** Deletes every line of the room, remembering its highest seq ({@link #lastSeq}). @return how many */
  Future<Integer> clear(String roomKey);

  /**
   * Deletes the lines said before {@code cutoff}, in every room, except each room's newest, which keeps its numbering
   * (readers see it as gone all the same). @return how many
   */
  Future<Integer> deleteOlderThan(Instant cutoff);

  /**
   * Deletes, in every room, all but its {@code maxLinesPerRoom} (0 or more) newest lines: those at least that many
   * below the room's highest seq, since seqs have no gaps. @return how many
   */
  Future<Integer> trim(int maxLinesPerRoom);
}

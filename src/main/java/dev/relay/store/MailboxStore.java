package dev.relay.store;

import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;

/**
 * Private messages kept for registered accounts that nobody holds, until they are delivered: a mailbox per account,
 * bounded by the caller's limit, deleted with its account.
 *
 * <p>Threading: every method may be called from any Vert.x context and never blocks it; the returned future
 * completes on the caller's context (see {@link Database}). A database failure, a text longer than its column
 * included, fails the future with the driver's exception.
 */
public interface MailboxStore {

  /**
   * Keeps a message for the account unless its mailbox already holds {@code limit} (0 or more) messages. The count
   * and the insert are one statement, but two keeps for the same account at the same moment may each see room for
   * one more: the limit is a bound on growth, not an exact cap.
   *
   * @return false when the mailbox is full, or when there is no such account (deleted meanwhile, say)
   */
  Future<Boolean> keep(String accountKey, String from, String text, boolean notice, Instant at, int limit);

  /** Every message kept for the account, oldest first (ascending id). */
  Future<List<KeptMessage>> waiting(String accountKey);

  /** Deletes the account's messages with an id up to and including {@code throughId}. @return how many */
  Future<Integer> delivered(String accountKey, long throughId);

  /** Deletes every message, for every account, sent before {@code cutoff}. @return how many */
  Future<Integer> deleteOlderThan(Instant cutoff);
}

package dev.relay.store;

import dev.relay.accounts.ServerRole;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Accounts and their resume tokens, kept across restarts. Keys are account names already folded by the caller.
 *
 * <p>Threading: every method may be called from any Vert.x context and never blocks it; the returned future
 * completes on the caller's context (see {@link Database}). A database failure fails the future with the driver's
 * exception; an outcome the caller must decide on (a taken name, a missing account) is a value instead.
 */
public interface AccountStore {

  Future<Optional<Account>> find(String key);

  /** @return false, changing nothing, when an account with this key exists */
  Future<Boolean> create(Account account);

  /** @return false when there is no such account */
  Future<Boolean> changePassword(String key, String newHash);

  /** Deletes the account and all its resume tokens. @return false when there is no such account */
  Future<Boolean> delete(String key);

  /** @return false when there is no such account */
  Future<Boolean> setRole(String key, ServerRole role);

  /** Every account's key, name and role, by key: to fill an in-memory directory at start-up. */
  Future<List<AccountName>> names();

  /** Fails when no account has this key, or the hash is already stored. */
  Future<Void> addResumeToken(String tokenHash, String accountKey, Instant expiresAt);

  /** @return the account's key when the token is stored and expires after {@code now} */
  Future<Optional<String>> resumeTokenAccount(String tokenHash, Instant now);

  /** Deletes every resume token of the account (after a password change, say). */
  Future<Void> revokeResumeTokens(String accountKey);

  /** @return how many tokens expired at or before {@code now} were deleted */
  Future<Integer> deleteExpiredTokens(Instant now);
}

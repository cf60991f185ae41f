package dev.relay.store;

import dev.relay.accounts.ServerRole;
import java.time.Instant;

/**
 * A registered account as stored.
 *
 * @param key          the name folded for comparison (the caller folds it); unique, at most 64 characters
 * @param name         the name as registered, at most 64 characters
 * @param passwordHash the password's hash in whatever encoding the caller chose, at most 256 characters
 * @param role         what the account may do server-wide
 * @param createdAt    when it was registered; stored to the microsecond
 */
public record Account(String key, String name, String passwordHash, ServerRole role, Instant createdAt) {
}

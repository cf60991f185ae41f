package dev.relay.store;

import java.time.Instant;

/**
 * What an upload token stands for: the member it was granted to, as it chatted then.
 *
 * @param alias     the alias it chatted as
 * @param loggedIn  whether that alias was logged in to its account
 * @param expiresAt when the token stops working
 */
public record UploadToken(String alias, boolean loggedIn, Instant expiresAt) {
}

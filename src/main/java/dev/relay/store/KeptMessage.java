package dev.relay.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A private message kept for a registered account until it is delivered.
 *
 * @param id         given by the database, increasing in the order messages were kept
 * @param accountKey the account it is for
 * @param from       the alias that sent it, at most 64 characters
 * @param text       at most 1,048,576 characters
 * @param notice     sent as a notice rather than a message
 * @param at         when it was sent; stored to the microsecond
 */
public record KeptMessage(long id, String accountKey, String from, String text, boolean notice, Instant at) {

  public KeptMessage {
    Objects.requireNonNull(accountKey, "accountKey");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(at, "at");
  }
}

package dev.relay.store;

import dev.relay.bus.LineKind;
import java.time.Instant;
import java.util.Objects;

/**
 * One line of a room's history as the store keeps it.
 *
 * @param roomKey the room's key, at most 64 characters; the room need not be registered
 * @param seq     the line's number in its room: 1 for the first, each next one more, with no gaps
 * @param at      when it was said; stored to the microsecond
 * @param kind    said, acted, noticed or a topic set
 * @param alias   who said it, at most 64 characters
 * @param text    what was said (for a topic, the topic), at most 1,048,576 characters
 */
public record StoredLine(String roomKey, long seq, Instant at, LineKind kind, String alias, String text) {

  public StoredLine {
    Objects.requireNonNull(roomKey, "roomKey");
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(alias, "alias");
    Objects.requireNonNull(text, "text");
  }
}

package dev.relay.chat;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * What the hub stamps on a message: an id that is this node's id and a count, unique in every room across the
 * cluster, and the time it was accepted, in milliseconds as the wire between nodes keeps it. Confined to the
 * hub's context.
 */
final class Stamps {

  private final String idPrefix;
  private final Clock clock;
  private long messages;

  Stamps(String node, Clock clock) {
    this.idPrefix = node + ":";
    this.clock = clock;
  }

  String nextId() {
    return idPrefix + ++messages;
  }

  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}

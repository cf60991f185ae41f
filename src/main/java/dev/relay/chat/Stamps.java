package dev.relay.chat;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The time the hub stamps on a line it accepts, in milliseconds as the wire between nodes keeps it. (A line's id is
 * its place in its room's order: {@link RoomHistory}.)
 */
final class Stamps {

  private final Clock clock;

  Stamps(Clock clock) {
    this.clock = clock;
  }

  Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }
}

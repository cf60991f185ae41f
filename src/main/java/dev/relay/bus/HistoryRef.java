package dev.relay.bus;

import java.time.Instant;

/**
 * A point in a room's history: a line's id ({@code seq}), or a time ({@code at}, with {@code seq} 0), as IRC's
 * {@code CHATHISTORY} lets a client name one.
 */
public record HistoryRef(long seq, Instant at) {

  public static HistoryRef line(long seq) {
    return new HistoryRef(seq, null);
  }

  public static HistoryRef time(Instant at) {
    return new HistoryRef(0, at);
  }

  public boolean isTime() {
    return at != null;
  }
}

package dev.relay.history;

import java.time.Duration;

/**
 * How rooms keep what was said (docs/CONFIG.md, {@code history.*}).
 *
 * @param enabled          whether rooms keep history at all; lines are numbered and ordered either way
 * @param retention        how long a line is kept
 * @param maxLinesPerRoom  how many lines a room keeps at most, the newest
 * @param replayLines      how many of a room's last lines a member gets on entering it
 * @param pageLines        the most lines one request for history gets
 * @param resumeLines      the most missed lines a resume replays (the newest of them)
 * @param roomMemoryLines  how many of each room's newest lines are held in memory
 * @param memoryLines      how many lines are held in memory, all rooms together
 * @param requestsPerMinute how often a member may ask for history
 * @param mailboxSize      how many private messages are kept for an account while it is away
 * @param orderWaitMillis  how long a line that came early waits for the ones before it
 * @param flushMillis      how long a line waits at most before it is written to the store
 * @param batchLines       how many lines are written to the store at once at most
 * @param maxUnwrittenLines how many lines may wait for the store; past that the oldest are not kept
 */
public record HistoryConfig(boolean enabled, Duration retention, int maxLinesPerRoom, int replayLines, int pageLines,
    int resumeLines, int roomMemoryLines, int memoryLines, int requestsPerMinute, int mailboxSize,
    long orderWaitMillis, long flushMillis, int batchLines, int maxUnwrittenLines) {

  public static final HistoryConfig DEFAULTS = new HistoryConfig(true, Duration.ofDays(30), 10_000, 25, 100, 500, 200,
      50_000, 30, 100, 1_000, 200, 500, 50_000);

  /** No history: lines are still numbered and ordered, nothing is kept or replayed. */
  public static final HistoryConfig OFF = DEFAULTS.withEnabled(false);

  public HistoryConfig {
    if (retention.isNegative() || retention.isZero()) {
      throw new IllegalArgumentException("history.retentionDays must be at least 1");
    }
    if (roomMemoryLines < Math.max(replayLines, 1) || memoryLines < roomMemoryLines) {
      throw new IllegalArgumentException("history.roomMemoryLines must be at least history.replayLines (and 1), and"
          + " history.memoryLines at least history.roomMemoryLines");
    }
  }

  public HistoryConfig withEnabled(boolean on) {
    return new HistoryConfig(on, retention, maxLinesPerRoom, replayLines, pageLines, resumeLines, roomMemoryLines,
        memoryLines, requestsPerMinute, mailboxSize, orderWaitMillis, flushMillis, batchLines, maxUnwrittenLines);
  }
}

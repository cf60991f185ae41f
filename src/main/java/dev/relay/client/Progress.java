package dev.relay.client;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to tell the user how far a transfer is, {@code sending cat.png: 40% (4.0 of 10.0 MB)}: not before
 * {@link #EVERY} has passed since the start or the last report, so a quick transfer says nothing, and then only once
 * another {@link #STEP_PERCENT}% is done or {@link #AT_LEAST} has passed, so a long one says a line every few
 * seconds at most. Confined to the thread that moves the transfer.
 */
final class Progress {

  static final Duration EVERY = Duration.ofMillis(250);
  static final Duration AT_LEAST = Duration.ofSeconds(2);
  static final int STEP_PERCENT = 5;

  private final Clock clock;
  private final String what;
  private final long total;
  private Instant last;
  private int lastPercent;

  /**
   * @param what  the words before the colon, e.g. {@code sending cat.png}
   * @param total the bytes to move; negative when unknown
   */
  Progress(Clock clock, String what, long total) {
    this.clock = clock;
    this.what = what;
    this.total = total;
    this.last = clock.instant();
  }

  /** The line to show now that {@code done} bytes are moved, if one is due. */
  Optional<String> moved(long done) {
    Instant now = clock.instant();
    Duration since = Duration.between(last, now);
    if (since.compareTo(EVERY) < 0) {
      return Optional.empty();
    }
    int percent = total > 0 ? (int) Math.min(100, done * 100 / total) : 0;
    if (total > 0 && percent - lastPercent < STEP_PERCENT && since.compareTo(AT_LEAST) < 0) {
      return Optional.empty();
    }
    last = now;
    lastPercent = percent;
    return Optional.of(total > 0
        ? what + ": " + percent + "% (" + ByteSize.ofTotal(done, total) + ")"
        : what + ": " + ByteSize.format(done));
  }
}

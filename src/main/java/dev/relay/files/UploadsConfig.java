package dev.relay.files;

import java.time.Duration;

/**
 * What members may share (docs/CONFIG.md, {@code uploads.*}).
 *
 * @param enabled      whether members may upload at all
 * @param maxFileBytes the largest file, in bytes
 * @param perHour      uploads one member (its alias, or account) may make in an hour
 * @param quotaBytes   what all kept files may take together
 * @param tokenLife    how long an upload token is valid
 * @param keep         how long a file is kept: the history's retention, as the line that links to it
 */
public record UploadsConfig(boolean enabled, long maxFileBytes, int perHour, long quotaBytes, Duration tokenLife,
    Duration keep) {

  public static final UploadsConfig DEFAULTS = new UploadsConfig(true, 10L << 20, 20, 1L << 30, Duration.ofMinutes(5),
      Duration.ofDays(30));
}

package dev.relay.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/** The CPU time a local process has used, user and system, as Linux reports it in {@code /proc/PID/stat}. */
final class ProcessCpu {

  /**
   * {@code /proc/PID/stat} counts in clock ticks of USER_HZ, which the kernel fixes at 100 per second on Linux
   * whatever its internal tick rate (the value {@code getconf CLK_TCK} prints).
   */
  static final double TICKS_PER_SECOND = 100;

  /** Where field 14, utime, lies among the fields after the name (field 2): field 3, the state, is at 0. */
  private static final int UTIME_AFTER_NAME = 11;

  private ProcessCpu() {
  }

  /** The process's user+system time in seconds; empty when it cannot be read (no such process, not Linux). */
  static OptionalDouble seconds(long pid) {
    try {
      OptionalLong ticks = parse(Files.readString(Path.of("/proc", Long.toString(pid), "stat")));
      return ticks.isPresent() ? OptionalDouble.of(ticks.getAsLong() / TICKS_PER_SECOND) : OptionalDouble.empty();
    } catch (IOException | RuntimeException e) {
      return OptionalDouble.empty();
    }
  }

  /** The processes' user+system time in seconds, summed; empty when any of them cannot be read. */
  static OptionalDouble seconds(List<Long> pids) {
    double total = 0;
    for (long pid : pids) {
      OptionalDouble one = seconds(pid);
      if (one.isEmpty()) {
        return OptionalDouble.empty();
      }
      total += one.getAsDouble();
    }
    return OptionalDouble.of(total);
  }

  /**
   * utime + stime of a {@code /proc/PID/stat} text, in clock ticks. The second field, the command name in
   * parentheses, may hold spaces and parentheses itself, so the fields are counted after its last ')'.
   */
  static OptionalLong parse(String stat) {
    int nameEnd = stat.lastIndexOf(')');
    if (nameEnd < 0) {
      return OptionalLong.empty();
    }
    String[] fields = stat.substring(nameEnd + 1).trim().split("\\s+");
    if (fields.length <= UTIME_AFTER_NAME + 1) {
      return OptionalLong.empty();
    }
    try {
      return OptionalLong.of(Long.parseLong(fields[UTIME_AFTER_NAME]) + Long.parseLong(fields[UTIME_AFTER_NAME + 1]));
    } catch (NumberFormatException e) {
      return OptionalLong.empty();
    }
  }
}

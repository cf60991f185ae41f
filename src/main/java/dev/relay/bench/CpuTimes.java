package dev.relay.bench;

import java.util.List;
import java.util.OptionalDouble;

/**
 * CPU seconds, user and system, of the servers under test ({@code --pid}, summed) and of the bench's own
 * process: a reading, or what was spent between two. Either is empty when it could not be read.
 */
record CpuTimes(OptionalDouble serverSeconds, OptionalDouble benchSeconds) {

  static final CpuTimes NONE = new CpuTimes(OptionalDouble.empty(), OptionalDouble.empty());

  /** The CPU time used so far by {@code serverPids} (none: empty) and by this process. */
  static CpuTimes read(List<Long> serverPids) {
    return new CpuTimes(serverPids.isEmpty() ? OptionalDouble.empty() : ProcessCpu.seconds(serverPids),
        ProcessCpu.seconds(ProcessHandle.current().pid()));
  }

  /** What was spent from {@code start} to this reading. */
  CpuTimes since(CpuTimes start) {
    return new CpuTimes(minus(serverSeconds, start.serverSeconds), minus(benchSeconds, start.benchSeconds));
  }

  private static OptionalDouble minus(OptionalDouble end, OptionalDouble start) {
    return end.isPresent() && start.isPresent() ? OptionalDouble.of(end.getAsDouble() - start.getAsDouble())
        : OptionalDouble.empty();
  }
}

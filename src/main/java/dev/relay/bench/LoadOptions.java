package dev.relay.bench;

import java.util.List;
import picocli.CommandLine.Option;

/**
 * The options of the scenarios that send messages: how long, how much in flight, how big, and whose CPU time
 * to report.
 */
final class LoadOptions {

  @Option(names = "--duration", paramLabel = "SECONDS", description = "Measurement (default: ${DEFAULT-VALUE}).")
  double duration = 10;

  @Option(names = "--warmup", paramLabel = "SECONDS",
      description = "Sending before the measurement starts; not counted in rates or latency (default: ${DEFAULT-VALUE}).")
  double warmup = 2;

  @Option(names = "--drain", paramLabel = "SECONDS",
      description = "After sending stops, how long to wait at most for messages in flight before counting "
          + "losses (default: ${DEFAULT-VALUE}).")
  double drain = 10;

  @Option(names = "--window", paramLabel = "W",
      description = "Messages in flight (unacknowledged, see --ack) per sender at most (default: ${DEFAULT-VALUE}).")
  int window = 100;

  @Option(names = "--ack", paramLabel = "all|sender",
      description = "What ends a message's time in flight. all: every receiver (the room but the sender) has "
          + "its first copy. sender: the sender sees its own echo (with --dialect irc, which does not echo, one "
          + "designated receiver has it) (default: ${DEFAULT-VALUE}).")
  String ack = "all";

  @Option(names = "--size", paramLabel = "BYTES",
      description = "Message text size, padded after 'b SENDER SEQ NANOS' (default: ${DEFAULT-VALUE}).")
  int size = 64;

  @Option(names = "--pid", paramLabel = "PID", split = ",",
      description = "Local server processes (PID[,PID...]) whose CPU time (user+system, /proc/PID/stat) over the "
          + "measurement to report, summed, also per million deliveries.")
  List<Long> pids = List.of();

  LoadSettings settings(Dialect dialect) {
    Usage.require(duration > 0, "--duration must be positive, got " + duration);
    Usage.require(warmup >= 0, "--warmup must be 0 or more, got " + warmup);
    Usage.require(drain >= 0, "--drain must be 0 or more, got " + drain);
    Usage.require(window >= 1, "--window must be at least 1, got " + window);
    Usage.require(size >= 1 && size <= dialect.maxTextBytes(),
        "--size must be 1-" + dialect.maxTextBytes() + " for the " + dialect.name() + " dialect, got " + size);
    for (long pid : pids) {
      Usage.require(ProcessCpu.seconds(pid).isPresent(), "--pid " + pid + ": cannot read CPU time from /proc/" + pid
          + "/stat");
    }
    return new LoadSettings(warmup, duration, drain, window, size, AckMode.named(ack), List.copyOf(pids));
  }

  /** The run's own length: warm-up, measurement and the longest drain. */
  double naturalSeconds() {
    return warmup + duration + drain;
  }
}

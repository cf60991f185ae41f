package dev.relay.bench;

import picocli.CommandLine.Option;

/** The options of the scenarios that send messages: how long, how much in flight, how big. */
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
      description = "Unacknowledged messages per sender at most: a message is in flight until its sender sees it "
          + "come back (with --dialect irc, until a designated receiver sees it) (default: ${DEFAULT-VALUE}).")
  int window = 100;

  @Option(names = "--size", paramLabel = "BYTES",
      description = "Message text size, padded after 'b SENDER SEQ NANOS' (default: ${DEFAULT-VALUE}).")
  int size = 64;

  LoadSettings settings(Dialect dialect) {
    Usage.require(duration > 0, "--duration must be positive, got " + duration);
    Usage.require(warmup >= 0, "--warmup must be 0 or more, got " + warmup);
    Usage.require(drain >= 0, "--drain must be 0 or more, got " + drain);
    Usage.require(window >= 1, "--window must be at least 1, got " + window);
    Usage.require(size >= 1 && size <= dialect.maxTextBytes(),
        "--size must be 1-" + dialect.maxTextBytes() + " for the " + dialect.name() + " dialect, got " + size);
    return new LoadSettings(warmup, duration, drain, window, size);
  }

  /** The run's own length: warm-up, measurement and the longest drain. */
  double naturalSeconds() {
    return warmup + duration + drain;
  }
}

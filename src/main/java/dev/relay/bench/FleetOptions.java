package dev.relay.bench;

import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Option;

/** The options every scenario shares: the dialect, aliases, threads, pacing, output and the time limit. */
final class FleetOptions {

  private static final Pattern ALIAS_PREFIX = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,19}");

  @Option(names = "--dialect", paramLabel = "relay|irc",
      description = "Protocol: relay (Relay's line protocol) or irc (NICK/USER, JOIN, PRIVMSG) (default: ${DEFAULT-VALUE}).")
  String dialect = "relay";

  @Option(names = "--alias-prefix", paramLabel = "PREFIX",
      description = "Aliases (nicks) are PREFIX followed by the member's number (default: ${DEFAULT-VALUE}).")
  String aliasPrefix = "b";

  @Option(names = "--threads", paramLabel = "N",
      description = "Event loops driving all connections; no thread per connection (default: ${DEFAULT-VALUE}).")
  int threads = 2;

  @Option(names = "--handshakes", paramLabel = "N",
      description = "Connection handshakes in flight at most while connecting (default: ${DEFAULT-VALUE}).")
  int handshakes = 200;

  @Option(names = "--source-addresses", paramLabel = "ADDR", split = ",",
      description = "Local addresses to spread connections over (e.g. 127.0.0.2,127.0.0.3), to go past one "
          + "address's ephemeral ports (default: the system's choice).")
  List<String> sourceAddresses = List.of();

  @Option(names = "--timeout", paramLabel = "SECONDS",
      description = "Hard time limit of the whole run; past it the bench reports what it has and exits 3 "
          + "(default: the scenario's own time plus 60 s).")
  Double timeout;

  @Option(names = "--json", description = "Print exactly one JSON object line with every figure instead of the summary.")
  boolean json;

  /** The validated settings; {@code naturalSeconds} is how long the scenario itself takes. */
  FleetSettings settings(double naturalSeconds) {
    Dialect chosen = Dialect.named(dialect);
    Usage.require(ALIAS_PREFIX.matcher(aliasPrefix).matches(),
        "--alias-prefix must be a letter then up to 19 letters, digits, _ or -, got '" + aliasPrefix + "'");
    Usage.require(threads >= 1, "--threads must be at least 1, got " + threads);
    Usage.require(handshakes >= 1, "--handshakes must be at least 1, got " + handshakes);
    Usage.require(sourceAddresses.stream().noneMatch(String::isBlank), "--source-addresses must not hold an empty address");
    Usage.require(timeout == null || timeout > 0, "--timeout must be positive, got " + timeout);
    return new FleetSettings(chosen, aliasPrefix, threads, handshakes, List.copyOf(sourceAddresses),
        timeout != null ? timeout : naturalSeconds + 60);
  }
}

package dev.relay.client;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Why a connect round reached no server: every server tried and its reason, told grouped by reason in the
 * order they first occurred. A server is named by its {@code --host} entry, so a name whose addresses all
 * failed alike is named once. Plain state, filled by one round.
 */
final class ConnectFailures {

  private final Map<String, Set<String>> serversByReason = new LinkedHashMap<>();

  void add(String server, String reason) {
    serversByReason.computeIfAbsent(reason, r -> new LinkedHashSet<>()).add(server);
  }

  boolean isEmpty() {
    return serversByReason.isEmpty();
  }

  /** {@code a:5000, b:5001: Connection refused; c:5002: timed out}. */
  String describe() {
    return serversByReason.entrySet().stream()
        .map(failure -> String.join(", ", failure.getValue()) + ": " + failure.getKey())
        .collect(Collectors.joining("; "));
  }

  /**
   * Only the reasons when one server was tried, as the client said it before it knew several servers
   * ({@code Connection refused}); otherwise {@link #describe()}.
   */
  String reasons() {
    long servers = serversByReason.values().stream().flatMap(Set::stream).distinct().count();
    return servers == 1 ? String.join("; ", serversByReason.keySet()) : describe();
  }
}

package dev.relay.chat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * For each room, the listeners on this node that have members in it and how many: a room message goes to
 * each of those listeners once, however many members each has.
 */
final class RoomEdges {

  private final Map<String, Map<String, Integer>> counts = new HashMap<>();

  void add(String room, String edge) {
    counts.computeIfAbsent(room, r -> new HashMap<>()).merge(edge, 1, Integer::sum);
  }

  void remove(String room, String edge) {
    Map<String, Integer> edges = counts.get(room);
    if (edges == null) {
      return;
    }
    edges.computeIfPresent(edge, (e, n) -> n == 1 ? null : n - 1);
    if (edges.isEmpty()) {
      counts.remove(room);
    }
  }

  Set<String> edgesOf(String room) {
    Map<String, Integer> edges = counts.get(room);
    return edges == null ? Set.of() : edges.keySet();
  }
}

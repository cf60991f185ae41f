package dev.relay.edge;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Which of one listener's connections are in which room: the index its room deliveries fan out over. */
final class LocalRooms {

  private final Map<String, Set<EdgeConnection>> members = new HashMap<>();

  void add(String room, EdgeConnection connection) {
    members.computeIfAbsent(room, r -> new LinkedHashSet<>()).add(connection);
  }

  void remove(String room, EdgeConnection connection) {
    Set<EdgeConnection> set = members.get(room);
    if (set != null && set.remove(connection) && set.isEmpty()) {
      members.remove(room);
    }
  }

  Collection<EdgeConnection> in(String room) {
    Set<EdgeConnection> set = members.get(room);
    return set == null ? List.of() : set;
  }
}

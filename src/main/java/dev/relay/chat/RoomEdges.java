package dev.relay.chat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.EdgeEvent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * For each room, the listeners on this node that have members in it and how many, and the sending of room events
 * to them: a room's events go to each of those listeners once, however many members each has.
 */
final class RoomEdges {

  private final EdgeLink edges;
  private final Map<String, Map<String, Integer>> counts = new HashMap<>();

  RoomEdges(EdgeLink edges) {
    this.edges = edges;
  }

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

  /** Events for the room, in one message to each listener with members in it. */
  void send(String room, List<ChatEvent.InRoom> events) {
    Set<String> listeners = edgesOf(room);
    if (!listeners.isEmpty()) {
      EdgeEvent.ToRoom event = new EdgeEvent.ToRoom(room, events);
      for (String edge : listeners) {
        edges.send(edge, event);
      }
    }
  }

  /**
   * Events about one member for several rooms ({@code events.get(i)} for {@code rooms.get(i)}): each listener
   * gets those of the rooms it has members in, in one message, so that a connection in several of them can be
   * told once.
   */
  void sendEach(List<String> rooms, List<ChatEvent.InRoom> events) {
    Map<String, List<Integer>> byListener = new LinkedHashMap<>();
    for (int i = 0; i < rooms.size(); i++) {
      for (String edge : edgesOf(rooms.get(i))) {
        byListener.computeIfAbsent(edge, e -> new ArrayList<>()).add(i);
      }
    }
    byListener.forEach((edge, indexes) -> {
      if (indexes.size() == 1) {
        int i = indexes.get(0);
        edges.send(edge, new EdgeEvent.ToRoom(rooms.get(i), List.of(events.get(i))));
      } else {
        edges.send(edge, new EdgeEvent.ToRooms(indexes.stream().map(rooms::get).toList(),
            indexes.stream().<ChatEvent.InRoom>map(events::get).toList()));
      }
    });
  }
}

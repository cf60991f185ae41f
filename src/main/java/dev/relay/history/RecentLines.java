package dev.relay.history;

import dev.relay.bus.ChatEvent.Line;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The newest lines of each room in memory, for join replays and resumes that need not ask the store. Each room keeps
 * at most {@code perRoom} lines, every room together at most {@code total}: past that the room used least recently
 * is forgotten whole (its lines are in the store). A room's lines are contiguous: each is the one after the last,
 * as the room's order delivers them. Confined to the hub's context.
 */
public final class RecentLines {

  private final int perRoom;
  private final int total;
  private final LinkedHashMap<String, Room> rooms = new LinkedHashMap<>(16, 0.75f, true);
  private int held;

  /** One room's newest lines; {@code whole}: they are all it has kept (nothing older is in the store). */
  private static final class Room {
    final ArrayDeque<Line> lines = new ArrayDeque<>();
    boolean whole;
  }

  public RecentLines(int perRoom, int total) {
    this.perRoom = perRoom;
    this.total = total;
  }

  /** The room's next line. A line that does not follow the last one starts the room's memory afresh. */
  public void add(String roomKey, Line line) {
    Room room = rooms.get(roomKey);
    if (room == null) {
      room = new Room();
      rooms.put(roomKey, room);
    } else if (!room.lines.isEmpty() && room.lines.peekLast().seq() != line.seq() - 1) {
      forgetLines(room);
    }
    room.lines.addLast(line);
    held++;
    if (room.lines.size() > perRoom) {
      room.lines.removeFirst();
      room.whole = false;
      held--;
    }
    evictBeyondTotal();
  }

  /**
   * Lines read from the store just before the room's oldest one here (ascending); {@code whole}: there are none
   * older. Kept as far as the room's share allows.
   */
  public void prepend(String roomKey, List<Line> older, boolean whole) {
    Room room = rooms.get(roomKey);
    if (room == null) {
      room = new Room();
      rooms.put(roomKey, room);
    }
    long first = room.lines.isEmpty() ? Long.MAX_VALUE : room.lines.peekFirst().seq();
    int added = 0;
    for (int i = older.size() - 1; i >= 0 && room.lines.size() < perRoom; i--) {
      Line line = older.get(i);
      if (line.seq() < first && (first == Long.MAX_VALUE || line.seq() == first - 1)) {
        room.lines.addFirst(line);
        first = line.seq();
        added++;
      }
    }
    held += added;
    room.whole = whole && added == older.size();
    evictBeyondTotal();
  }

  /** The room has no lines kept at all: a new room, or its history was just cleared. */
  public void startWhole(String roomKey) {
    Room room = rooms.computeIfAbsent(roomKey, k -> new Room());
    if (room.lines.isEmpty()) {
      room.whole = true;
    }
  }

  /** The room's lines here, oldest first; empty when it has none here. */
  public List<Line> of(String roomKey) {
    Room room = rooms.get(roomKey);
    return room == null ? List.of() : new ArrayList<>(room.lines);
  }

  /** Whether the lines here are all the room has kept. */
  public boolean whole(String roomKey) {
    Room room = rooms.get(roomKey);
    return room != null && room.whole;
  }

  /** The room's history was cleared or turned off. */
  public void forget(String roomKey) {
    Room room = rooms.remove(roomKey);
    if (room != null) {
      held -= room.lines.size();
    }
  }

  /** Lines held, all rooms together. */
  public int size() {
    return held;
  }

  private void forgetLines(Room room) {
    held -= room.lines.size();
    room.lines.clear();
    room.whole = false;
  }

  private void evictBeyondTotal() {
    Iterator<Map.Entry<String, Room>> eldest = rooms.entrySet().iterator();
    while (held > total && eldest.hasNext()) {
      Room room = eldest.next().getValue();
      held -= room.lines.size();
      eldest.remove();
    }
  }
}

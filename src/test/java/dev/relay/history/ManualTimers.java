package dev.relay.history;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;

/** Timers that fire only when the test moves time on. */
final class ManualTimers implements Timers {

  private final TreeMap<Long, List<Object[]>> due = new TreeMap<>();
  private long now;
  private long nextId;
  private final List<Long> cancelled = new ArrayList<>();

  @Override
  public long after(long millis, Runnable task) {
    long id = ++nextId;
    due.computeIfAbsent(now + millis, k -> new ArrayList<>()).add(new Object[] {id, task});
    return id;
  }

  @Override
  public void cancel(long id) {
    cancelled.add(id);
  }

  /** Moves time on by {@code millis}, running what falls due, in order. */
  void advance(long millis) {
    long until = now + millis;
    while (!due.isEmpty() && due.firstKey() <= until) {
      var entry = due.pollFirstEntry();
      now = entry.getKey();
      for (Object[] timer : entry.getValue()) {
        if (!cancelled.remove((Long) timer[0])) {
          ((Runnable) timer[1]).run();
        }
      }
    }
    now = until;
  }

  /** Timers set and neither run nor cancelled. */
  int pending() {
    return (int) due.values().stream().flatMap(List::stream).filter(t -> !cancelled.contains((Long) t[0])).count();
  }
}

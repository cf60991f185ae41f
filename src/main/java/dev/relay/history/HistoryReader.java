package dev.relay.history;

import dev.relay.bus.ChatEvent.Line;
import dev.relay.store.HistoryStore;
import dev.relay.store.StoredLine;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Reads a room's history from {@link RecentLines} where they reach and from the store beyond, leaving out lines older
 * than the retention. Every answer is oldest first; bounds are exclusive ids. An answer the memory holds completes at
 * once. Confined to the hub's context.
 */
public final class HistoryReader {

  private final HistoryStore store;
  private final RecentLines recent;
  private final Clock clock;
  private final Duration retention;
  private final Function<String, List<StoredLine>> unwritten;

  /** @param unwritten a room's lines accepted here that the store does not have yet */
  public HistoryReader(HistoryStore store, RecentLines recent, Clock clock, Duration retention,
      Function<String, List<StoredLine>> unwritten) {
    this.unwritten = unwritten;
    this.store = store;
    this.recent = recent;
    this.clock = clock;
    this.retention = retention;
  }

  /** Lines said before this are gone, whether or not the sweep has deleted them yet. */
  public Instant cutoff() {
    return clock.instant().minus(retention);
  }

  /** The newest {@code limit} lines with {@code after < seq < before}, named {@code roomName}. */
  public Future<List<Line>> newest(String roomKey, String roomName, long after, long before, int limit) {
    Instant cutoff = cutoff();
    List<Line> held = recent.of(roomKey);
    List<Line> found = between(held, after, before, cutoff);
    if (found.size() > limit) {
      found = new ArrayList<>(found.subList(found.size() - limit, found.size()));
    }
    if (found.size() == limit || coversFrom(roomKey, held, after + 1, cutoff)) {
      return Future.succeededFuture(found);
    }
    long below = held.isEmpty() ? before : Math.min(before, held.get(0).seq());
    List<Line> fromMemory = found;
    boolean newestAsked = after <= 0 && before == Long.MAX_VALUE;
    return store.before(roomKey, below, limit - found.size(), cutoff).map(fromStore -> {
      List<StoredLine> stored = withUnwritten(roomKey, fromStore, after, below, cutoff);
      if (stored.size() > limit - fromMemory.size()) {
        stored = stored.subList(stored.size() - (limit - fromMemory.size()), stored.size());
      }
      List<Line> older = lines(stored, roomName, after);
      if (newestAsked && (held.isEmpty() || below == held.get(0).seq())) {
        recent.prepend(roomKey, older, stored.size() < limit - fromMemory.size());
      }
      List<Line> all = new ArrayList<>(older);
      all.addAll(fromMemory);
      return all;
    });
  }

  /** The oldest {@code limit} lines with {@code after < seq < before}, named {@code roomName}. */
  public Future<List<Line>> oldest(String roomKey, String roomName, long after, long before, int limit) {
    Instant cutoff = cutoff();
    List<Line> held = recent.of(roomKey);
    if (coversFrom(roomKey, held, after + 1, cutoff)) {
      List<Line> found = between(held, after, before, cutoff);
      return Future.succeededFuture(found.size() > limit ? new ArrayList<>(found.subList(0, limit)) : found);
    }
    return store.after(roomKey, after, limit, cutoff).map(fromStore -> {
      List<Line> all = new ArrayList<>();
      for (Line line : lines(withUnwritten(roomKey, fromStore, after, before, cutoff), roomName, after)) {
        if (line.seq() < before && all.size() < limit) {
          all.add(line);
        }
      }
      long last = all.isEmpty() ? after : all.get(all.size() - 1).seq();
      for (Line line : between(recent.of(roomKey), last, before, cutoff)) {
        if (all.size() == limit) {
          break;
        }
        all.add(line);
      }
      return all;
    });
  }

  /** The id of the first line said at or after {@code at}; past the newest, the id after it. */
  public Future<Long> seqAt(String roomKey, Instant at) {
    List<Line> held = recent.of(roomKey);
    if (!held.isEmpty() && !held.get(0).at().isAfter(at)) {
      for (Line line : held) {
        if (!line.at().isBefore(at)) {
          return Future.succeededFuture(line.seq());
        }
      }
      return Future.succeededFuture(held.get(held.size() - 1).seq() + 1);
    }
    return store.firstSeqAtOrAfter(roomKey, at);
  }

  /** The lines the memory has later than {@code last}, for what was said while an answer was read. */
  public List<Line> since(String roomKey, long last) {
    return between(recent.of(roomKey), last, Long.MAX_VALUE, cutoff());
  }

  /**
   * Whether memory holds every kept line from {@code from} on: it reaches back that far, it holds all the room has
   * kept, or its oldest line has expired (so every older one has too).
   */
  private boolean coversFrom(String roomKey, List<Line> held, long from, Instant cutoff) {
    return recent.whole(roomKey) || (!held.isEmpty() && (held.get(0).seq() <= from
        || held.get(0).at().isBefore(cutoff)));
  }

  /** The store's answer with this node's lines it does not have yet between the bounds, by id. */
  private List<StoredLine> withUnwritten(String roomKey, List<StoredLine> stored, long after, long before,
      Instant cutoff) {
    List<StoredLine> pending = unwritten.apply(roomKey);
    if (pending.isEmpty()) {
      return stored;
    }
    TreeMap<Long, StoredLine> bySeq = new TreeMap<>();
    stored.forEach(line -> bySeq.put(line.seq(), line));
    for (StoredLine line : pending) {
      if (line.seq() > after && line.seq() < before && !line.at().isBefore(cutoff)) {
        bySeq.putIfAbsent(line.seq(), line);
      }
    }
    return new ArrayList<>(bySeq.values());
  }

  private static List<Line> between(List<Line> lines, long after, long before, Instant cutoff) {
    List<Line> found = new ArrayList<>();
    for (Line line : lines) {
      if (line.seq() > after && line.seq() < before && !line.at().isBefore(cutoff)) {
        found.add(line);
      }
    }
    return found;
  }

  private static List<Line> lines(List<StoredLine> stored, String roomName, long after) {
    List<Line> lines = new ArrayList<>(stored.size());
    for (StoredLine s : stored) {
      if (s.seq() > after) {
        lines.add(Line.of(s.kind(), roomName, s.seq(), s.at(), s.alias(), s.text()));
      }
    }
    return lines;
  }
}

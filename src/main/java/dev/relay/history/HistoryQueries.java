package dev.relay.history;

import dev.relay.bus.ChatEvent.Line;
import dev.relay.bus.HistoryQuery;
import dev.relay.bus.HistoryRef;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;

/**
 * Answers a {@link HistoryQuery} about one room from a {@link HistoryReader}: a point given as a time becomes the
 * bound between the lines said before it and those said at or after it.
 */
public final class HistoryQueries {

  private final HistoryReader reader;
  private final String roomKey;
  private final String roomName;

  public HistoryQueries(HistoryReader reader, String roomKey, String roomName) {
    this.reader = reader;
    this.roomKey = roomKey;
    this.roomName = roomName;
  }

  /** At most {@code limit} lines, oldest first. */
  public Future<List<Line>> lines(HistoryQuery query, int limit) {
    if (query instanceof HistoryQuery.Latest q) {
      return q.after() == null ? newest(0, Long.MAX_VALUE, limit)
          : lowBound(q.after()).compose(after -> newest(after, Long.MAX_VALUE, limit));
    }
    if (query instanceof HistoryQuery.Before q) {
      return highBound(q.ref()).compose(before -> newest(0, before, limit));
    }
    if (query instanceof HistoryQuery.After q) {
      return lowBound(q.ref()).compose(after -> oldest(after, Long.MAX_VALUE, limit));
    }
    if (query instanceof HistoryQuery.Around q) {
      return around(q.ref(), limit);
    }
    HistoryQuery.Between q = (HistoryQuery.Between) query;
    return Future.all(lowBound(q.from()), highBound(q.from()), lowBound(q.to()), highBound(q.to())).compose(b -> {
      long fromLow = b.resultAt(0);
      long fromHigh = b.resultAt(1);
      long toLow = b.resultAt(2);
      long toHigh = b.resultAt(3);
      return fromLow < toLow ? oldest(fromLow, toHigh, limit) : newest(toLow, fromHigh, limit);
    });
  }

  /** The line at {@code ref} (or the first after a time) and the lines on each side, half the limit before it. */
  private Future<List<Line>> around(HistoryRef ref, int limit) {
    return highBound(ref).compose(before -> {
      long middle = ref.isTime() ? before : ref.seq();
      return newest(0, middle + 1, (limit + 1) / 2).compose(first -> {
        long last = first.isEmpty() ? middle : first.get(first.size() - 1).seq();
        return oldest(last, Long.MAX_VALUE, limit - first.size()).map(rest -> {
          List<Line> all = new ArrayList<>(first);
          all.addAll(rest);
          return all;
        });
      });
    });
  }

  private Future<List<Line>> newest(long after, long before, int limit) {
    return limit <= 0 ? Future.succeededFuture(List.of()) : reader.newest(roomKey, roomName, after, before, limit);
  }

  private Future<List<Line>> oldest(long after, long before, int limit) {
    return limit <= 0 ? Future.succeededFuture(List.of()) : reader.oldest(roomKey, roomName, after, before, limit);
  }

  /** The exclusive lower bound for "after {@code ref}": the line itself, or the last line said at or before a time. */
  private Future<Long> lowBound(HistoryRef ref) {
    return ref.isTime() ? reader.seqAt(roomKey, ref.at().plusMillis(1)).map(seq -> seq - 1)
        : Future.succeededFuture(ref.seq());
  }

  /** The exclusive upper bound for "before {@code ref}": the line itself, or the first line said at or after a time. */
  private Future<Long> highBound(HistoryRef ref) {
    return ref.isTime() ? reader.seqAt(roomKey, ref.at()) : Future.succeededFuture(ref.seq());
  }
}

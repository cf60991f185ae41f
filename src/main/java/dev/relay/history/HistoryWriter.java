package dev.relay.history;

import dev.relay.store.HistoryStore;
import dev.relay.store.StoredLine;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes the lines accepted on this instance to the store in batches, off the line's path: a batch goes when
 * {@code batchLines} are waiting or {@code flushMillis} after the first of them, one batch at a time. A batch the
 * store refuses is tried again, whole (the store keeps a line it already has as it is). At most
 * {@code maxWaiting} lines wait: past that, while the store is away, the oldest are dropped from history (the
 * rooms still got them) and counted. Confined to the hub's context.
 */
public final class HistoryWriter {

  private static final Logger LOG = LoggerFactory.getLogger(HistoryWriter.class);
  private static final long RETRY_MILLIS = 1_000;

  private final HistoryStore store;
  private final Timers timers;
  private final int batchLines;
  private final long flushMillis;
  private final int maxWaiting;
  private final ArrayDeque<StoredLine> waiting = new ArrayDeque<>();
  /** Per room, the highest id waiting or being written. */
  private final Map<String, Long> unwritten = new HashMap<>();
  private List<StoredLine> writing = List.of();
  private long timer = -1;
  private long dropped;
  private long written;
  private final List<Promise<Void>> drains = new ArrayList<>();

  public HistoryWriter(HistoryStore store, Timers timers, int batchLines, long flushMillis, int maxWaiting) {
    this.store = store;
    this.timers = timers;
    this.batchLines = batchLines;
    this.flushMillis = flushMillis;
    this.maxWaiting = maxWaiting;
  }

  public void add(StoredLine line) {
    if (waiting.size() >= maxWaiting) {
      drop();
    }
    waiting.add(line);
    unwritten.merge(line.roomKey(), line.seq(), Math::max);
    if (writing.isEmpty()) {
      if (waiting.size() >= batchLines) {
        flush();
      } else if (timer < 0) {
        timer = timers.after(flushMillis, this::flush);
      }
    }
  }

  /** The highest id of the room's lines not yet in the store, or -1. */
  public long unwritten(String roomKey) {
    return unwritten.getOrDefault(roomKey, -1L);
  }

  /** The room's lines waiting or being written, oldest first: what a read of the store cannot find yet. */
  public List<StoredLine> unwrittenLines(String roomKey) {
    if (!unwritten.containsKey(roomKey)) {
      return List.of();
    }
    List<StoredLine> lines = new ArrayList<>();
    for (StoredLine line : writing) {
      if (line.roomKey().equals(roomKey)) {
        lines.add(line);
      }
    }
    for (StoredLine line : waiting) {
      if (line.roomKey().equals(roomKey)) {
        lines.add(line);
      }
    }
    return lines;
  }

  public long written() {
    return written;
  }

  public long dropped() {
    return dropped;
  }

  /** Completes once every line waiting now is written, or at once if the store is failing. */
  public Future<Void> drain() {
    if (waiting.isEmpty() && writing.isEmpty()) {
      return Future.succeededFuture();
    }
    Promise<Void> drained = Promise.promise();
    drains.add(drained);
    if (writing.isEmpty()) {
      flush();
    }
    return drained.future();
  }

  private void flush() {
    if (timer >= 0) {
      timers.cancel(timer);
      timer = -1;
    }
    if (!writing.isEmpty() || waiting.isEmpty()) {
      return;
    }
    List<StoredLine> batch = new ArrayList<>(Math.min(waiting.size(), batchLines));
    while (batch.size() < batchLines && !waiting.isEmpty()) {
      batch.add(waiting.poll());
    }
    writing = batch;
    store.append(batch).onComplete(done -> {
      if (done.succeeded()) {
        written += batch.size();
        writing = List.of();
        forgetWritten(batch);
        afterBatch();
      } else {
        LOG.warn("{} lines of history not written yet, trying again: {}", batch.size(), done.cause().toString());
        for (int i = batch.size() - 1; i >= 0; i--) {
          waiting.addFirst(batch.get(i));
        }
        while (waiting.size() > maxWaiting) {
          drop();
        }
        writing = List.of();
        drains.forEach(p -> p.tryComplete());
        drains.clear();
        timer = timers.after(RETRY_MILLIS, this::flush);
      }
    });
  }

  /** The oldest waiting line is not kept: the store is away or slow, and memory for what waits is bounded. */
  private void drop() {
    StoredLine oldest = waiting.poll();
    forgetWritten(List.of(oldest));
    if (dropped++ % 1000 == 0) {
      LOG.warn("The store is not keeping up: {} lines dropped from history so far", dropped);
    }
  }

  private void afterBatch() {
    if (waiting.size() >= batchLines || (!waiting.isEmpty() && !drains.isEmpty())) {
      flush();
    } else if (!waiting.isEmpty()) {
      timer = timers.after(flushMillis, this::flush);
    } else {
      drains.forEach(Promise::tryComplete);
      drains.clear();
    }
  }

  private void forgetWritten(List<StoredLine> batch) {
    for (StoredLine line : batch) {
      unwritten.computeIfPresent(line.roomKey(), (room, highest) -> highest <= line.seq() ? null : highest);
    }
  }
}

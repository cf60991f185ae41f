package dev.relay.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.EntryProcessor;
import com.hazelcast.map.IMap;
import dev.relay.history.RoomSequencer;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.Map;

/**
 * Rooms' line ids from one counter per room in the Hazelcast map {@value #MAP_NAME}, counted on the key's partition
 * owner (and its backup), so every instance's lines of a room get one order. A counter idle for an hour is dropped;
 * the next line starts it again from the highest id the asking instance knows (its own lines' and the store's), which
 * a counter lost with its partition also relies on. Futures complete on the caller's context.
 */
public final class ClusterSequencer implements RoomSequencer {

  static final String MAP_NAME = "relay.history.seq";

  private final Vertx vertx;
  private final IMap<String, Long> counters;

  private ClusterSequencer(Vertx vertx, IMap<String, Long> counters) {
    this.vertx = vertx;
    this.counters = counters;
  }

  /** Opens the map off the event loop (Hazelcast may create it, which blocks). */
  public static Future<ClusterSequencer> open(Vertx vertx, HazelcastInstance hazelcast) {
    return vertx.<IMap<String, Long>>executeBlocking(() -> hazelcast.getMap(MAP_NAME), false)
        .map(map -> new ClusterSequencer(vertx, map));
  }

  @Override
  public Future<Long> reserve(String roomKey, int count, long floor) {
    Context caller = vertx.getOrCreateContext();
    try {
      return Future.fromCompletionStage(counters.submitToKey(roomKey, new Reserve(count, floor)), caller);
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }

  /** Takes {@code count} ids after the highest of the counter and {@code floor}; returns the first. */
  record Reserve(int count, long floor) implements EntryProcessor<String, Long, Long> {

    @Override
    public Long process(Map.Entry<String, Long> entry) {
      long current = entry.getValue() == null ? 0 : entry.getValue();
      long first = Math.max(current, floor) + 1;
      entry.setValue(first + count - 1);
      return first;
    }
  }
}

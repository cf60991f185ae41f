package dev.relay.history;

import io.vertx.core.Future;

/**
 * Hands out the ids of a room's lines: blocks of consecutive numbers, each number once, so that every instance
 * delivers the room's lines in one order. Alone, an instance is its rooms' only sequencer; in a cluster one shared
 * counter per room decides ({@code cluster.ClusterSequencer}).
 */
public interface RoomSequencer {

  /** The instance is alone: the next id is the one after the last this instance knows. */
  RoomSequencer ALONE = (roomKey, count, floor) -> Future.succeededFuture(floor + 1);

  /**
   * The first of {@code count} consecutive ids for the room's next lines, all above {@code floor} (the highest id
   * this instance knows the room to have used).
   */
  Future<Long> reserve(String roomKey, int count, long floor);

  /** Whether this instance is the only sequencer, so that {@link #reserve} answers at once. */
  default boolean alone() {
    return this == ALONE;
  }
}

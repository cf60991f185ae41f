package dev.relay.server;

import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import java.util.HashMap;
import java.util.Map;

/**
 * Room lines that reach a listener during one event-loop turn, gathered per room and handed to each member
 * once, at the end of the turn: a burst of hub events for one room (5000 joins announced while a room
 * fills) costs each member one hand-over instead of one copy per event. The lines of a turn are copied
 * once into the room's batch; members get the batch, or a slice of it, never a copy of their own.
 *
 * <p>Order is kept as if every line were delivered on arrival. A member who joins the room during the turn
 * gets only what arrived after it joined; anything written to a member directly (a reply, a private line,
 * its leaving the room) first hands it what the turn has gathered for its room so far ({@link #catchUp}).
 * A connection is in at most one room at a time (the hub sends a move's part before its join), so a
 * member's share is always one contiguous slice.
 *
 * <p>Confined to the listener's event loop.
 */
final class RoomBatches {

  private final Context context;
  private final LocalRooms rooms;
  private Map<String, Batch> pending = new HashMap<>();

  RoomBatches(Context context, LocalRooms rooms) {
    this.context = context;
    this.rooms = rooms;
  }

  /** Lines for everyone in {@code room} now. */
  void add(String room, Buffer lines) {
    if (pending.isEmpty()) {
      context.runOnContext(v -> handOver());
    }
    Batch batch = pending.get(room);
    if (batch == null) {
      pending.put(room, new Batch(lines));
    } else {
      batch.append(lines);
    }
  }

  /** {@code member} is about to enter {@code room}'s index: what the room gathered before is not its own. */
  void entering(Connection member, String room) {
    Batch batch = pending.get(room);
    if (batch != null) {
      batch.handedOver.put(member, batch.lines.length());
    }
  }

  /** Hands {@code member} what its room gathered so far this turn; call before writing to it otherwise. */
  void catchUp(Connection member, String room) {
    Batch batch = room == null ? null : pending.get(room);
    if (batch != null) {
      batch.handOverTo(member);
    }
  }

  private void handOver() {
    Map<String, Batch> batches = pending;
    pending = new HashMap<>();
    batches.forEach((room, batch) -> {
      for (Connection member : rooms.in(room)) {
        batch.handOverRest(member);
      }
    });
  }

  private static final class Batch {

    private Buffer lines;
    private boolean ours;
    /** Bytes already handed to a member, or skipped because it joined later; absent means none. */
    private final Map<Connection, Integer> handedOver = new HashMap<>();

    Batch(Buffer first) {
      this.lines = first;
    }

    /** The first buffer is shared with other listeners and never changed; later lines go into a copy. */
    void append(Buffer more) {
      if (!ours) {
        lines = Buffer.buffer(Math.max(256, 2 * (lines.length() + more.length()))).appendBuffer(lines);
        ours = true;
      }
      lines.appendBuffer(more);
    }

    /**
     * Slices stay valid as the batch grows: appending never changes bytes already written, and a slice
     * reads through its parent even when the parent moves to a larger array.
     */
    /**
     * During the turn more may be appended to the batch, so the member gets a slice of fixed length: the batch
     * itself would grow in its queue with what is said after it left.
     */
    void handOverTo(Connection member) {
      Integer from = handedOver.put(member, lines.length());
      handOver(member, from == null ? 0 : from, false);
    }

    /** At the end of the turn, with nothing more to come: nothing to remember, and the whole may be shared. */
    void handOverRest(Connection member) {
      handOver(member, handedOver.isEmpty() ? 0 : handedOver.getOrDefault(member, 0), true);
    }

    private void handOver(Connection member, int start, boolean complete) {
      int end = lines.length();
      if (start < end) {
        member.deliverRoomLines(start == 0 && complete ? lines : lines.slice(start, end));
      }
    }
  }
}

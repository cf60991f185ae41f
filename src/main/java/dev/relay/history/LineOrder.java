package dev.relay.history;

import dev.relay.bus.ChatEvent.Line;
import io.vertx.core.Future;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Puts each room's lines in its one order on this instance. A line accepted here waits for an id from the
 * {@link RoomSequencer} (one request per room at a time, for every line waiting then, so one sender's lines keep
 * their order), then goes to the other instances and, like theirs, into the room's order here: lines are delivered
 * by id, one after the other; one that arrives early waits until the ones before it have come, or until
 * {@code waitMillis} pass (their instance died between taking the ids and sending the lines). A line that arrives
 * after its place was given up is delivered late rather than lost. Confined to the hub's context.
 */
public final class LineOrder {

  private static final Logger LOG = LoggerFactory.getLogger(LineOrder.class);
  private static final long RETRY_MILLIS = 500;

  /** A line accepted here, given its id once it has one. */
  @FunctionalInterface
  public interface Draft {
    Line numbered(long seq);
  }

  /** Where ordered lines go: {@code ours}, the line was accepted on this instance. */
  @FunctionalInterface
  public interface Delivery {
    void deliver(String roomKey, Line line, boolean ours);
  }

  private final RoomSequencer sequencer;
  private final Function<String, Future<Long>> storedLast;
  private final Delivery delivery;
  private final Delivery toPeers;
  private final Timers timers;
  private final long waitMillis;
  private final UnaryOperator<Future<Long>> pending;
  private final Map<String, Room> rooms = new HashMap<>();
  private long late;

  private record Arrival(Line line, boolean ours) {
  }

  private static final class Room {
    /** The highest id delivered here; -1 before the first. */
    long last = -1;
    /** Before the first: the highest id the store (or this node's own request for ids) knew, or -1. */
    long floor = -1;
    boolean askingFloor;
    final ArrayDeque<Draft> waiting = new ArrayDeque<>();
    boolean reserving;
    final TreeMap<Long, Arrival> early = new TreeMap<>();
    long timer = -1;
  }

  /**
   * @param storedLast the highest id the store has for a room, asked before this instance numbers its first line
   * @param toPeers    hands a line numbered here to the other instances
   * @param pending    told of each wait for ids, which others may wait for in turn (the hub's answer to a ping)
   */
  public LineOrder(RoomSequencer sequencer, Function<String, Future<Long>> storedLast, Delivery delivery,
      Delivery toPeers, Timers timers, long waitMillis, UnaryOperator<Future<Long>> pending) {
    this.pending = pending;
    this.sequencer = sequencer;
    this.storedLast = storedLast;
    this.delivery = delivery;
    this.toPeers = toPeers;
    this.timers = timers;
    this.waitMillis = waitMillis;
  }

  /** A line accepted on this instance. */
  public void submit(String roomKey, Draft draft) {
    Room room = rooms.computeIfAbsent(roomKey, k -> new Room());
    if (sequencer.alone() && room.last >= 0 && !room.reserving) {
      Line line = draft.numbered(room.last + 1);
      toPeers.deliver(roomKey, line, true);
      arrived(roomKey, line, true);
      return;
    }
    room.waiting.add(draft);
    if (!room.reserving) {
      reserve(roomKey, room);
    }
  }

  /**
   * A line numbered on another instance (or, {@code ours}, here). The room's first line here waits until this node
   * knows where the room stood (the store's last id, or what its own request for ids said): one with a smaller id
   * may still be on its way.
   */
  public void arrived(String roomKey, Line line, boolean ours) {
    Room room = rooms.computeIfAbsent(roomKey, k -> new Room());
    long seq = line.seq();
    if (room.last < 0) {
      room.early.put(seq, new Arrival(line, ours));
      if (room.floor >= 0) {
        start(roomKey, room);
      } else if (!room.askingFloor) {
        room.askingFloor = true;
        pending.apply(storedLast.apply(roomKey)).onComplete(stored -> {
          room.askingFloor = false;
          room.floor = stored.succeeded() ? stored.result() : Long.MAX_VALUE;
          start(roomKey, room);
        });
      }
    } else if (seq <= room.last) {
      late++;
      LOG.debug("Line {} of {} arrived after its place was given up", seq, roomKey);
      delivery.deliver(roomKey, line, ours);
    } else if (seq == room.last + 1) {
      room.last = seq;
      delivery.deliver(roomKey, line, ours);
      deliverFollowing(roomKey, room);
    } else {
      room.early.put(seq, new Arrival(line, ours));
      if (room.timer < 0) {
        room.timer = timers.after(waitMillis, () -> giveUpWaiting(roomKey));
      }
    }
  }

  /** The room's first lines here go from where it stood; any gap before them waits as any other. */
  private void start(String roomKey, Room room) {
    if (room.last >= 0 || room.early.isEmpty()) {
      return;
    }
    room.last = Math.min(room.floor, room.early.firstKey() - 1);
    deliverFollowing(roomKey, room);
    if (!room.early.isEmpty() && room.timer < 0) {
      room.timer = timers.after(waitMillis, () -> giveUpWaiting(roomKey));
    }
  }

  /** The highest id delivered here for the room, or -1 if none since this instance started. */
  public long last(String roomKey) {
    Room room = rooms.get(roomKey);
    return room == null ? -1 : room.last;
  }

  /** Lines delivered after their place had been given up, since start. */
  public long late() {
    return late;
  }

  /** Forgets the rooms {@code gone} says are gone, unless lines wait in them. */
  public void forget(Predicate<String> gone) {
    rooms.entrySet().removeIf(e -> gone.test(e.getKey()) && e.getValue().waiting.isEmpty()
        && !e.getValue().reserving && e.getValue().early.isEmpty());
  }

  private void reserve(String roomKey, Room room) {
    room.reserving = true;
    int count = room.waiting.size();
    Future<Long> floor = room.last >= 0 ? Future.succeededFuture(room.last) : storedLast.apply(roomKey);
    pending.apply(floor.compose(known -> {
      if (room.last < 0) {
        room.floor = Math.max(room.floor, known);
      }
      return sequencer.reserve(roomKey, count, Math.max(known, room.last));
    }))
        .onComplete(reserved -> {
          if (reserved.failed()) {
            LOG.warn("No ids for {} lines of room {}, trying again: {}", count, roomKey, reserved.cause().toString());
            timers.after(RETRY_MILLIS, () -> reserve(roomKey, room));
            return;
          }
          List<Line> numbered = new ArrayList<>(count);
          for (int i = 0; i < count; i++) {
            numbered.add(room.waiting.poll().numbered(reserved.result() + i));
          }
          for (Line line : numbered) {
            toPeers.deliver(roomKey, line, true);
            arrived(roomKey, line, true);
          }
          room.reserving = false;
          if (!room.waiting.isEmpty()) {
            reserve(roomKey, room);
          }
        });
  }

  private void deliverFollowing(String roomKey, Room room) {
    while (!room.early.isEmpty() && room.early.firstKey() == room.last + 1) {
      room.last++;
      Arrival next = room.early.pollFirstEntry().getValue();
      delivery.deliver(roomKey, next.line(), next.ours());
    }
    if (room.early.isEmpty() && room.timer >= 0) {
      timers.cancel(room.timer);
      room.timer = -1;
    }
  }

  private void giveUpWaiting(String roomKey) {
    Room room = rooms.get(roomKey);
    if (room == null || room.early.isEmpty()) {
      return;
    }
    room.timer = -1;
    long next = room.early.firstKey();
    LOG.info("Room {}: lines {} to {} never came; going on without them", roomKey, room.last + 1, next - 1);
    room.last = next - 1;
    deliverFollowing(roomKey, room);
    if (!room.early.isEmpty()) {
      room.timer = timers.after(waitMillis, () -> giveUpWaiting(roomKey));
    }
  }
}

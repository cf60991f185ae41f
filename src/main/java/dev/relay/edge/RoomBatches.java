package dev.relay.edge;

import dev.relay.bus.ChatEvent;
import io.netty.buffer.Unpooled;
import io.vertx.core.Context;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.buffer.BufferInternal;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Room events that reach a listener during one event-loop turn, gathered per room, rendered once per dialect
 * and handed to each member once, at the end of the turn: a burst of events for one room (5000 joins announced
 * while a room fills) costs each member one hand-over instead of one copy per event, and each dialect one
 * rendering. Members get their dialect's rendering, or a slice of it, never a copy of their own.
 *
 * <p>Order is kept as if every event were delivered on arrival. A member who joins the room during the turn
 * gets only what arrived after it joined; anything written to a member directly (a reply, a private message,
 * its leaving the room) first hands it what the turn has gathered for its rooms so far ({@link #catchUp}).
 * A member's share of one room's batch is one contiguous slice, from its joining (or the turn's start) to its
 * leaving (or the turn's end); a member of several rooms gets each room's share in order, the rooms one after
 * the other.
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

  /** Events for everyone in {@code room} now. */
  void add(String room, List<ChatEvent.InRoom> events) {
    if (pending.isEmpty()) {
      context.runOnContext(v -> handOver());
    }
    pending.computeIfAbsent(room, r -> new Batch()).events.addAll(events);
  }

  /** {@code member} is about to enter {@code room}'s index: what the room gathered before is not its own. */
  void entering(EdgeConnection member, String room) {
    Batch batch = pending.get(room);
    if (batch != null) {
      batch.handedOver.put(member, batch.events.size());
    }
  }

  /** Hands {@code member} what its room gathered so far this turn; call before writing to it otherwise. */
  void catchUp(EdgeConnection member, String room) {
    Batch batch = room == null ? null : pending.get(room);
    if (batch != null) {
      batch.handOverTo(member);
    }
  }

  private void handOver() {
    Map<String, Batch> batches = pending;
    pending = new HashMap<>();
    batches.forEach((room, batch) -> {
      for (EdgeConnection member : rooms.in(room)) {
        batch.handOverRest(member);
      }
    });
  }

  private static final class Batch {

    private final List<ChatEvent.InRoom> events = new ArrayList<>();
    /** One rendering per dialect among the members, made on first need and extended as events come. */
    private final Map<Dialect, Rendering> renderings = new IdentityHashMap<>();
    /** Events already handed to a member, or skipped because it joined later; absent means none. */
    private final Map<EdgeConnection, Integer> handedOver = new HashMap<>();

    /** During the turn: more may be appended, so the member gets a slice that does not grow with it. */
    void handOverTo(EdgeConnection member) {
      Integer from = handedOver.put(member, events.size());
      handOver(member, from == null ? 0 : from, false);
    }

    /** At the end of the turn, with nothing more to come: nothing to remember, and the whole may be shared. */
    void handOverRest(EdgeConnection member) {
      handOver(member, handedOver.isEmpty() ? 0 : handedOver.getOrDefault(member, 0), true);
    }

    private void handOver(EdgeConnection member, int fromEvent, boolean complete) {
      if (fromEvent >= events.size()) {
        return;
      }
      Rendering rendering = renderings.computeIfAbsent(member.dialect(), Rendering::new);
      rendering.renderUpTo(events);
      if (complete) {
        rendering.seal();
      }
      List<Integer> own = rendering.linesOf(member);
      if (own == null) {
        member.deliverRoomLines(rendering.from(fromEvent));
        return;
      }
      int start = fromEvent;
      for (int line : own) {
        if (line > start) {
          member.deliverRoomLines(rendering.between(start, line));
        }
        start = Math.max(start, line + 1);
      }
      if (start < events.size()) {
        member.deliverRoomLines(rendering.between(start, events.size()));
      }
    }
  }

  /**
   * A dialect's bytes for a batch's events so far, and where each event ends in them. Slices stay valid as the
   * rendering grows: appending never changes bytes already written, and a slice reads through its parent
   * even when the parent moves to a larger array.
   */
  private static final class Rendering {

    private final Dialect dialect;
    private final Buffer bytes = Buffer.buffer(256);
    /** The whole rendering in direct memory, made once the turn is over, for the sockets to write without a copy. */
    private Buffer sealed;
    private int[] ends = new int[8];
    private int rendered;
    /** For a dialect that does not echo a member's own lines: which events each alias said, by index. */
    private final Map<String, List<Integer>> linesBySpeaker;

    Rendering(Dialect dialect) {
      this.dialect = dialect;
      this.linesBySpeaker = dialect.echoesOwnLines() ? null : new HashMap<>();
    }

    void renderUpTo(List<ChatEvent.InRoom> events) {
      for (; rendered < events.size(); rendered++) {
        ChatEvent.InRoom event = events.get(rendered);
        if (linesBySpeaker != null) {
          String speaker = speakerOf(event);
          if (speaker != null) {
            linesBySpeaker.computeIfAbsent(speaker, s -> new ArrayList<>(1)).add(rendered);
          }
        }
        dialect.render(event, bytes);
        if (rendered == ends.length) {
          ends = Arrays.copyOf(ends, 2 * ends.length);
        }
        ends[rendered] = bytes.length();
      }
    }

    /** The indexes of the lines {@code alias} said, which its dialect does not echo to it; null for none. */
    List<Integer> linesOf(EdgeConnection member) {
      if (linesBySpeaker == null) {
        return null;
      }
      String alias = member.alias();
      return alias == null ? null : linesBySpeaker.get(alias);
    }

    private static String speakerOf(ChatEvent.InRoom event) {
      if (event instanceof ChatEvent.Said said) {
        return said.alias();
      } else if (event instanceof ChatEvent.Acted acted) {
        return acted.alias();
      } else if (event instanceof ChatEvent.Noticed noticed) {
        return noticed.alias();
      } else if (event instanceof ChatEvent.Shared shared) {
        return shared.alias();
      }
      return null;
    }

    /**
     * Nothing more will be rendered: the bytes move once to direct memory, which a socket writes as is, where
     * a heap buffer would be copied for every member. The JVM frees that memory once no write holds it.
     */
    void seal() {
      if (sealed == null) {
        ByteBuffer memory = ByteBuffer.allocateDirect(bytes.length());
        ((BufferInternal) bytes).getByteBuf().getBytes(0, memory);
        sealed = BufferInternal.buffer(Unpooled.wrappedBuffer(memory.flip()));
      }
    }

    /** The bytes of events {@code fromEvent} up to (not including) {@code toEvent}. */
    Buffer between(int fromEvent, int toEvent) {
      int start = fromEvent == 0 ? 0 : ends[fromEvent - 1];
      int end = toEvent == 0 ? 0 : ends[toEvent - 1];
      return source().slice(start, end);
    }

    /**
     * The bytes of events {@code fromEvent} to the last rendered: the sealed rendering itself when whole, else
     * a slice of fixed length.
     */
    Buffer from(int fromEvent) {
      int start = fromEvent == 0 ? 0 : ends[fromEvent - 1];
      return start == 0 && sealed != null ? sealed : source().slice(start, bytes.length());
    }

    private Buffer source() {
      return sealed != null ? sealed : bytes;
    }
  }
}

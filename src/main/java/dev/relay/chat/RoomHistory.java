package dev.relay.chat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.ChatEvent.Line;
import dev.relay.bus.ChatEvent.Refusal;
import dev.relay.bus.HistoryQuery;
import dev.relay.bus.MemberId;
import dev.relay.bus.Replay;
import dev.relay.history.HistoryConfig;
import dev.relay.history.HistoryParts;
import dev.relay.history.HistoryQueries;
import dev.relay.history.HistoryReader;
import dev.relay.history.HistoryWriter;
import dev.relay.history.LineOrder;
import dev.relay.history.RecentLines;
import dev.relay.history.RequestBudget;
import dev.relay.store.StoredLine;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rooms' lines on this node: numbered and put in each room's one order ({@link LineOrder}), told to the room's members
 * here, held in memory ({@link RecentLines}) and, for the lines accepted here, written to the store
 * ({@link HistoryWriter}); read back for a member entering a room, asking for more, or coming back. Confined to the
 * hub's context.
 */
final class RoomHistory {

  private static final Logger LOG = LoggerFactory.getLogger(RoomHistory.class);

  /**
   * What a member entering a room will be given, read before it enters so that nothing said meanwhile is missed, and
   * {@code why}: {@link Replay#JOINED}, {@link Replay#RESUMED}, or {@link Replay#RENUMBERED} when it resumed after a
   * line the room does not have and gets the room's last lines.
   */
  record Replayed(List<Line> lines, long after, int limit, Replay why) {
  }

  private final HistoryConfig config;
  private final HistoryParts parts;
  private final LineOrder order;
  private final RecentLines recent;
  private final HistoryReader reader;
  private final HistoryWriter writer;
  private final RequestBudget<MemberId> budget;
  private final RoomPolicies policies;
  private final Roster roster;
  private final EdgeLink edges;
  private final Membership membership;
  private final StoreWrites writes;
  /** While a peer's run of lines is put in order: the lines delivered, to be told as one. */
  private List<ChatEvent.InRoom> gathered;

  /** @param writes what a {@code Ping} waits for: the reads a join or a room's first line waits for are added */
  RoomHistory(HistoryParts parts, Membership membership, RoomPolicies policies, EdgeLink edges, Clock clock,
      StoreWrites writes) {
    this.writes = writes;
    this.parts = parts;
    this.config = parts.config();
    this.policies = policies;
    this.roster = membership.roster();
    this.edges = edges;
    this.recent = new RecentLines(config.roomMemoryLines(), config.memoryLines());
    this.writer = new HistoryWriter(parts.store(), parts.timers(), config.batchLines(), config.flushMillis(),
        config.maxUnwrittenLines());
    this.reader = new HistoryReader(parts.store(), recent, clock, config.retention(), writer::unwrittenLines);
    this.budget = new RequestBudget<>(clock, config.requestsPerMinute());
    this.membership = membership;
    this.order = new LineOrder(parts.sequencer(), this::lastKnown, (room, line, ours) -> {
      if (gathered != null) {
        gathered.add(line);
      } else {
        membership.tellRoomHere(room, line);
      }
      if (keeps(room)) {
        recent.add(room, line);
        if (ours) {
          writer.add(new StoredLine(room, line.seq(), line.at(), line.kind(), line.alias(), line.stored()));
        }
      }
    }, (room, line, ours) -> membership.lineToPeers(room, line), parts.timers(), config.orderWaitMillis(),
        writes::track);
    membership.orderLinesWith(this::fromPeer);
  }

  /** A peer's run of lines for one room: those the order lets through now reach the room's listeners here as one. */
  private void fromPeer(String roomKey, List<Line> lines) {
    gathered = new ArrayList<>(lines.size());
    try {
      for (Line line : lines) {
        order.arrived(roomKey, line, false);
      }
    } finally {
      List<ChatEvent.InRoom> delivered = gathered;
      gathered = null;
      if (!delivered.isEmpty()) {
        membership.tellRoomHere(roomKey, delivered);
      }
    }
  }

  /** A line accepted here for the room, numbered once the room's order gives it a place. */
  void say(String roomKey, LineOrder.Draft draft) {
    order.submit(roomKey, draft);
  }

  /**
   * Reads what a member entering the room gets: its last lines, or with {@code resumeAfter} (a line's id; -1: none)
   * the newest of those it missed. Completes at once when memory has them.
   */
  Future<Replayed> beforeEntering(String roomKey, String roomName, long resumeAfter) {
    if (resumeAfter < 0) {
      return writes.track(read(roomKey, roomName, 0, config.replayLines(), Replay.JOINED));
    }
    return writes.track(lastKnown(roomKey).map(known -> Math.max(known, order.last(roomKey)))
        .compose(last -> resumeAfter > last ? read(roomKey, roomName, 0, config.replayLines(), Replay.RENUMBERED)
            : read(roomKey, roomName, resumeAfter, config.resumeLines(), Replay.RESUMED)));
  }

  private Future<Replayed> read(String roomKey, String roomName, long after, int limit, Replay why) {
    if (!keeps(roomKey) || limit == 0) {
      return Future.succeededFuture(new Replayed(List.of(), after, limit, why));
    }
    return reader.newest(roomKey, roomName, after, Long.MAX_VALUE, limit)
        .recover(e -> Future.succeededFuture(List.of()))
        .map(lines -> new Replayed(lines, after, limit, why));
  }

  /** Gives the member, now in the room, what {@link #beforeEntering} read and what was said since. */
  void replay(MemberId member, String roomKey, String roomName, Replayed read) {
    List<Line> lines = new ArrayList<>(read.lines());
    long last = lines.isEmpty() ? read.after() : lines.get(lines.size() - 1).seq();
    if (keeps(roomKey)) {
      lines.addAll(reader.since(roomKey, last));
    }
    if (lines.size() > read.limit()) {
      lines = new ArrayList<>(lines.subList(lines.size() - read.limit(), lines.size()));
    }
    List<Line> named = lines.stream().map(line -> line.in(roomName)).toList();
    if (read.why() == Replay.RESUMED) {
      edges.tell(member, resumed(roomKey, roomName, read.after(), named, read.limit()));
    } else if (read.why() == Replay.RENUMBERED || !named.isEmpty()) {
      edges.tell(member, ChatEvent.History.of(roomName, read.why(), named));
    }
  }

  /** A member's request for lines of a room it is in. */
  void ask(MemberId member, String roomKey, HistoryQuery query, Replay why) {
    String name = roster.nameOf(roomKey);
    if (name == null || !roster.isIn(member, roomKey)) {
      edges.tell(member, new ChatEvent.Refused(Refusal.NOT_IN_ROOM, name == null ? roomKey : name));
      return;
    }
    if (why == Replay.RESUMED && query instanceof HistoryQuery.Latest latest && latest.after() != null) {
      beforeEntering(roomKey, name, latest.after().seq())
          .onSuccess(read -> replay(member, roomKey, name, read));
      return;
    }
    if (!keeps(roomKey)) {
      edges.tell(member, new ChatEvent.Refused(Refusal.HISTORY_OFF, name));
      return;
    }
    if (!budget.take(member)) {
      edges.tell(member, new ChatEvent.Refused(Refusal.HISTORY_THROTTLED, name));
      return;
    }
    int limit = Math.max(0, Math.min(query.limit(), config.pageLines()));
    writes.track(new HistoryQueries(reader, roomKey, name).lines(query, limit))
        .onSuccess(lines -> edges.tell(member, ChatEvent.History.of(name, why, lines)))
        .onFailure(e -> edges.tell(member, new ChatEvent.Refused(Refusal.STORE_UNAVAILABLE, name)));
  }

  /** Deletes the room's lines from the store; how many. */
  Future<Integer> clear(String roomKey) {
    return parts.store().clear(roomKey);
  }

  /** The room's history was cleared: memory forgets it too. */
  void cleared(String roomKey) {
    recent.forget(roomKey);
    recent.startWhole(roomKey);
  }

  /** The room stopped keeping history. */
  void turnedOff(String roomKey) {
    recent.forget(roomKey);
  }

  void left(MemberId member) {
    budget.forget(member);
  }

  /** The retention sweep: the store forgets what is too old or too much, this node the order of rooms that are gone. */
  Future<Void> sweep() {
    order.forget(room -> roster.nameOf(room) == null && writer.unwritten(room) < 0);
    if (!config.enabled()) {
      return Future.succeededFuture();
    }
    Instant cutoff = reader.cutoff();
    // One delete after the other: two over the same rows at once can deadlock on PostgreSQL.
    return parts.store().deleteOlderThan(cutoff)
        .compose(expired -> parts.store().trim(config.maxLinesPerRoom())
            .compose(trimmed -> parts.mailbox().deleteOlderThan(cutoff)
                .onSuccess(kept -> LOG.debug("History sweep: {} lines expired, {} past the most, {} kept messages"
                    + " expired", expired, trimmed, kept))))
        .onFailure(e -> LOG.warn("History sweep failed: {}", e.toString()))
        .<Void>mapEmpty()
        .recover(e -> Future.succeededFuture());
  }

  /** Completes once the lines accepted here are written, or the store failed. */
  Future<Void> drain() {
    return writer.drain();
  }

  private boolean keeps(String roomKey) {
    return config.enabled() && policies.keepsHistory(roomKey);
  }

  /**
   * The lines since the one the member saw last, and how many it missed: every id from {@code after} to the room's
   * last is a line, so those not given are no longer kept, unless the cap left them out.
   */
  private ChatEvent.History resumed(String roomKey, String roomName, long after, List<Line> lines, int limit) {
    long newest = Math.max(order.last(roomKey), lines.isEmpty() ? after : lines.get(lines.size() - 1).seq());
    long missed = Math.max(0, newest - after);
    long gone = lines.size() < limit ? missed - lines.size() : -1;
    return new ChatEvent.History(roomName, Replay.RESUMED, lines, missed, Math.max(gone, -1));
  }

  /** The highest id the room is known to have used: in the store, in memory, or waiting to be written. */
  private Future<Long> lastKnown(String roomKey) {
    List<Line> held = recent.of(roomKey);
    long known = Math.max(writer.unwritten(roomKey), held.isEmpty() ? 0 : held.get(held.size() - 1).seq());
    return parts.store().lastSeq(roomKey)
        .recover(e -> {
          LOG.warn("The store did not say how far room {} got; numbering from what this node knows: {}", roomKey,
              e.toString());
          return Future.succeededFuture(0L);
        })
        .map(stored -> Math.max(stored, known));
  }
}

package dev.relay.chat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.ChatEvent.Refusal;
import dev.relay.bus.HubRequest;
import dev.relay.bus.MemberId;
import dev.relay.bus.MemberInfo;
import dev.relay.bus.RoomRank;
import dev.relay.store.Sanction;
import io.vertx.core.Future;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * A member's requests about rooms: speaking to one, moving (the line protocol's one room), joining and leaving
 * (IRC's several), who is in one, which there are, what was said there. The {@link RoomDoor} says who may enter and
 * speak; a member entering gets the room's last lines from {@link RoomHistory}. Confined to the hub's context.
 */
final class RoomRequests {


  private final Roster roster;
  private final Membership membership;
  private final EdgeLink edges;
  private final Stamps stamps;
  private final RoomDoor door;
  private final RoomPolicies policies;
  private final RoomModeration moderation;
  private final RoomRules rules;
  private final RoomHistory history;
  private final MemberTurns turns;

  RoomRequests(Roster roster, Membership membership, EdgeLink edges, Stamps stamps, RoomDoor door,
      RoomPolicies policies, RoomModeration moderation, RoomRules rules, RoomHistory history, MemberTurns turns) {
    this.history = history;
    this.turns = turns;
    this.roster = roster;
    this.membership = membership;
    this.edges = edges;
    this.stamps = stamps;
    this.door = door;
    this.policies = policies;
    this.moderation = moderation;
    this.rules = rules;
  }

  /** Handles {@code request} if it is about rooms; false if it is not. */
  boolean handle(HubRequest request, String alias) {
    MemberId from = request.from();
    if (request instanceof HubRequest.Say say) {
      if (maySpeakIn(from, alias, say.room(), true)) {
        String name = roster.nameOf(say.room());
        var at = stamps.now();
        history.say(say.room(), seq -> new ChatEvent.Said(name, seq, at, alias, say.text()));
      }
    } else if (request instanceof HubRequest.Act act) {
      if (maySpeakIn(from, alias, act.room(), true)) {
        String name = roster.nameOf(act.room());
        var at = stamps.now();
        history.say(act.room(), seq -> new ChatEvent.Acted(name, seq, at, alias, act.action()));
      }
    } else if (request instanceof HubRequest.Share share) {
      if (maySpeakIn(from, alias, share.room(), true)) {
        String name = roster.nameOf(share.room());
        var at = stamps.now();
        history.say(share.room(), seq -> new ChatEvent.Shared(name, seq, at, alias, share.file()));
      }
    } else if (request instanceof HubRequest.Notice notice) {
      if (maySpeakIn(from, alias, notice.room(), false)) {
        String name = roster.nameOf(notice.room());
        var at = stamps.now();
        history.say(notice.room(), seq -> new ChatEvent.Noticed(name, seq, at, alias, notice.text()));
      }
    } else if (request instanceof HubRequest.Join join) {
      join(from, alias, join.room(), join.key(), join.resumeAfter());
    } else if (request instanceof HubRequest.Part part) {
      part(from, alias, part.room(), part.reason());
    } else if (request instanceof HubRequest.Move move) {
      move(from, alias, move);
    } else if (request instanceof HubRequest.History asked) {
      history.ask(from, asked.room(), asked.query(), asked.why());
    } else if (request instanceof HubRequest.Who who) {
      String name = roster.nameOf(who.room());
      edges.tell(from, members(name == null ? who.room() : name, who.room()));
    } else if (request instanceof HubRequest.ListRooms) {
      edges.tell(from, new ChatEvent.Rooms(roster.rooms().stream().filter(room -> listed(from, room)).toList()));
    } else {
      return false;
    }
    return true;
  }

  /** Whether the member may speak to the room; if not, a request that wants an answer gets the reason. */
  private boolean maySpeakIn(MemberId from, String alias, String roomKey, boolean answer) {
    if (roster.isIn(from, roomKey) && !policies.moderated(roomKey) && !policies.hasSanctions(roomKey)
        && !policies.hasSanctions(Sanction.SERVER)) {
      return true;
    }
    Optional<ChatEvent> refusal = door.refuseSpeech(from, alias, roomKey);
    if (refusal.isPresent() && answer) {
      edges.tell(from, refusal.get());
    }
    return refusal.isEmpty();
  }

  /** A secret room is listed only to its members. */
  private boolean listed(MemberId from, RoomCount room) {
    String key = Names.key(room.name());
    return !policies.room(key).map(r -> r.modes().secret()).orElse(false) || roster.isIn(from, key);
  }

  /** Leaves the member's room for another, which gives its last lines or, resuming, those after the given one. */
  private void move(MemberId from, String alias, HubRequest.Move move) {
    String toRoom = move.toRoom();
    String toKey = Names.key(toRoom);
    String known = admitted(from, alias, toKey, toRoom, move.key());
    if (known != null) {
      whenRead(from, toKey, toRoom, move.key(), history.beforeEntering(toKey, known, move.resumeAfter()),
          (name, read) -> {
            membership.exit(from, move.fromRoom(), "");
            edges.tell(from, new ChatEvent.EnteredRoom(name));
            history.replay(from, toKey, enter(from, roster.aliasOf(from), toKey, toRoom), read);
          });
    }
  }

  /** Enters a room and stays in the others: the member hears it is in, then who is there (itself included). */
  private void join(MemberId from, String alias, String room, String key, long resumeAfter) {
    String roomKey = Names.key(room);
    String known = admitted(from, alias, roomKey, room, key);
    if (known != null) {
      whenRead(from, roomKey, room, key, history.beforeEntering(roomKey, known, resumeAfter), (name, read) -> {
        edges.tell(from, new ChatEvent.EnteredRoom(name));
        String entered = enter(from, roster.aliasOf(from), roomKey, room);
        edges.tell(from, members(entered, roomKey));
        history.replay(from, roomKey, entered, read);
      });
    }
  }

  /**
   * Enters once the room's history is read: at once when memory had it; otherwise only if the member is still here
   * and may still enter (it was not yet in the room while the store answered, so it missed nothing).
   */
  private void whenRead(MemberId from, String roomKey, String asTyped, String key, Future<RoomHistory.Replayed> read,
      BiConsumer<String, RoomHistory.Replayed> enter) {
    if (read.isComplete()) {
      enter.accept(rules.nameOf(roomKey, asTyped), read.result());
      return;
    }
    read.onSuccess(replayed -> {
      String alias = roster.aliasOf(from);
      String known = alias == null ? null : admitted(from, alias, roomKey, asTyped, key);
      if (known != null) {
        enter.accept(known, replayed);
      }
    });
    turns.waitFor(from, read);
  }

  /**
   * The room's name if the member may enter it (not in it yet, let in by the {@link RoomDoor}); null, the member
   * told why, if not.
   */
  private String admitted(MemberId from, String alias, String roomKey, String asTyped, String key) {
    if (roster.isIn(from, roomKey)) {
      edges.tell(from, new ChatEvent.Refused(Refusal.ALREADY_IN_ROOM, roster.nameOf(roomKey)));
      return null;
    }
    String known = rules.nameOf(roomKey, asTyped);
    Optional<ChatEvent> refusal = door.refuseEntry(from, alias, roomKey, known, key);
    refusal.ifPresent(why -> edges.tell(from, why));
    return refusal.isPresent() ? null : known;
  }

  /**
   * Enters the room; the first in a room nobody registered opens it and owns it while it has members. The member
   * hears the topic, if there is one, and the rank it holds there, if it had one before it came in.
   */
  private String enter(MemberId from, String alias, String roomKey, String room) {
    boolean opening = roster.nameOf(roomKey) == null && !policies.registered(roomKey) && !roomKey.equals(Names.LOBBY_KEY);
    String name = membership.enter(from, alias, roomKey, room);
    if (opening) {
      rules.announce(new RoomChange.Opened(roomKey, name, Names.key(alias), stamps.now()));
    }
    ChatEvent.Topic topic = moderation.topic(roomKey);
    if (!topic.topic().isEmpty()) {
      edges.tell(from, topic);
    }
    RoomRank rank = policies.rankOf(roomKey, Names.key(alias));
    if (rank != null && !opening) {
      edges.tell(from, new ChatEvent.RankInRoom(name, rank));
    }
    return name;
  }

  private ChatEvent.Members members(String name, String roomKey) {
    List<MemberInfo> infos = roster.infosIn(roomKey);
    Map<String, RoomRank> ranks = new HashMap<>();
    for (MemberInfo info : infos) {
      RoomRank rank = policies.rankOf(roomKey, Names.key(info.alias()));
      if (rank != null) {
        ranks.put(info.alias(), rank);
      }
    }
    boolean secret = policies.room(roomKey).map(room -> room.modes().secret()).orElse(false);
    return new ChatEvent.Members(name, infos, ranks, secret);
  }

  /** Leaves one room; the member's own copy of the leave comes after the room's. */
  private void part(MemberId from, String alias, String roomKey, String reason) {
    if (!roster.isIn(from, roomKey)) {
      String name = roster.nameOf(roomKey);
      edges.tell(from, name == null ? new ChatEvent.Refused(Refusal.NO_SUCH_ROOM, roomKey)
          : new ChatEvent.Refused(Refusal.NOT_IN_ROOM, name));
      return;
    }
    String name = roster.nameOf(roomKey);
    membership.exit(from, roomKey, reason);
    edges.tell(from, new ChatEvent.Left(name, alias, reason));
  }
}

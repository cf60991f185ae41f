package dev.relay.chat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.ChatEvent.Refusal;
import dev.relay.bus.EdgeEvent;
import dev.relay.bus.HubRequest;
import dev.relay.bus.MemberId;
import java.util.List;

/**
 * A member's requests about rooms: speaking to one, moving (the line protocol's one room), joining and leaving
 * (IRC's several), who is in one, which there are. Confined to the hub's context.
 */
final class RoomRequests {

  private final Roster roster;
  private final Membership membership;
  private final EdgeLink edges;
  private final Stamps stamps;

  RoomRequests(Roster roster, Membership membership, EdgeLink edges, Stamps stamps) {
    this.roster = roster;
    this.membership = membership;
    this.edges = edges;
    this.stamps = stamps;
  }

  /** Handles {@code request} if it is about rooms; false if it is not. */
  boolean handle(HubRequest request, String alias) {
    MemberId from = request.from();
    if (request instanceof HubRequest.Say say) {
      if (maySpeakIn(from, say.room(), true)) {
        membership.say(say.room(), new ChatEvent.Said(roster.nameOf(say.room()), stamps.nextId(), stamps.now(), alias,
            say.text()));
      }
    } else if (request instanceof HubRequest.Act act) {
      if (maySpeakIn(from, act.room(), true)) {
        membership.say(act.room(), new ChatEvent.Acted(roster.nameOf(act.room()), stamps.nextId(), stamps.now(),
            alias, act.action()));
      }
    } else if (request instanceof HubRequest.Notice notice) {
      if (maySpeakIn(from, notice.room(), false)) {
        membership.say(notice.room(), new ChatEvent.Noticed(roster.nameOf(notice.room()), stamps.nextId(),
            stamps.now(), alias, notice.text()));
      }
    } else if (request instanceof HubRequest.Join join) {
      join(from, alias, join.room());
    } else if (request instanceof HubRequest.Part part) {
      part(from, alias, part.room(), part.reason());
    } else if (request instanceof HubRequest.Move move) {
      move(from, alias, move.fromRoom(), move.toRoom());
    } else if (request instanceof HubRequest.Who who) {
      String name = roster.nameOf(who.room());
      reply(from, new ChatEvent.Members(name == null ? who.room() : name, roster.infosIn(who.room())));
    } else if (request instanceof HubRequest.ListRooms) {
      reply(from, new ChatEvent.Rooms(roster.rooms()));
    } else {
      return false;
    }
    return true;
  }

  /**
   * Whether {@code from} is in the room it speaks to; if not, a request that wants an answer gets the refusal.
   * The line protocol always speaks to its room; an IRC client names the channel.
   */
  private boolean maySpeakIn(MemberId from, String roomKey, boolean answer) {
    if (roster.isIn(from, roomKey)) {
      return true;
    }
    if (answer) {
      refuse(from, roomKey, Refusal.CANNOT_SEND_TO_ROOM);
    }
    return false;
  }

  /** {@code refusal} for a room that exists, else that it does not. */
  private void refuse(MemberId from, String roomKey, Refusal refusal) {
    String name = roster.nameOf(roomKey);
    reply(from, name == null ? new ChatEvent.Refused(Refusal.NO_SUCH_ROOM, roomKey)
        : new ChatEvent.Refused(refusal, name));
  }

  private void move(MemberId from, String alias, String fromRoom, String toRoom) {
    String toKey = Names.key(toRoom);
    if (roster.isIn(from, toKey)) {
      reply(from, new ChatEvent.Refused(Refusal.ALREADY_IN_ROOM, roster.nameOf(toKey)));
      return;
    }
    membership.exit(from, fromRoom, "");
    String known = roster.nameOf(toKey);
    reply(from, new ChatEvent.EnteredRoom(known == null ? toRoom : known));
    membership.enter(from, alias, toKey, toRoom);
  }

  /** Enters a room and stays in the others: the member hears it is in, then who is there (itself included). */
  private void join(MemberId from, String alias, String room) {
    String key = Names.key(room);
    if (roster.isIn(from, key)) {
      reply(from, new ChatEvent.Refused(Refusal.ALREADY_IN_ROOM, roster.nameOf(key)));
      return;
    }
    String known = roster.nameOf(key);
    reply(from, new ChatEvent.EnteredRoom(known == null ? room : known));
    String name = membership.enter(from, alias, key, room);
    reply(from, new ChatEvent.Members(name, roster.infosIn(key)));
  }

  /** Leaves one room; the member's own copy of the leave comes after the room's. */
  private void part(MemberId from, String alias, String roomKey, String reason) {
    if (!roster.isIn(from, roomKey)) {
      refuse(from, roomKey, Refusal.NOT_IN_ROOM);
      return;
    }
    String name = roster.nameOf(roomKey);
    membership.exit(from, roomKey, reason);
    reply(from, new ChatEvent.Left(name, alias, reason));
  }

  private void reply(MemberId to, ChatEvent event) {
    edges.send(to.edge(), new EdgeEvent.ToMember(to.conn(), List.of(event)));
  }
}

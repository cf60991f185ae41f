package dev.relay.chat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.DisconnectReason;
import dev.relay.bus.MemberId;
import dev.relay.bus.RoomMode;
import dev.relay.bus.SanctionKind;
import dev.relay.bus.TargetType;
import dev.relay.store.Room;
import dev.relay.store.Sanction;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies {@link RoomChange}s, this node's own and its peers', to the node's {@link RoomPolicies}, then tells and
 * enforces each on this node's members: the room hears a new topic, mode, rank or sanction; a member of this node who
 * is kicked or banned leaves the room (a line-protocol member goes back to the lobby); a member banned from the chat
 * is disconnected. Every node does the same with the same change, each for its own members, so a change reaches every
 * member in one hop. Confined to the hub's context.
 */
final class RoomRules {

  /** Disconnects a member of this node with {@code last} as its last words; its rooms hear {@code roomReason}. */
  @FunctionalInterface
  interface Disconnect {
    void disconnect(MemberId member, ChatEvent last, DisconnectReason reason, String roomReason);
  }

  private final RoomPolicies policies;
  private final Roster roster;
  private final Membership membership;
  private final LocalMembers locals;
  private final EdgeLink edges;
  private final ChangeFeed feed;
  private final Disconnect disconnect;
  private final String self;
  private final Registrations registrations;
  private final RoomHistory history;

  RoomRules(RoomPolicies policies, Membership membership, LocalMembers locals, EdgeLink edges, ChangeFeed feed,
      Disconnect disconnect, String self, Registrations registrations, RoomHistory history) {
    this.history = history;
    this.registrations = registrations;
    this.policies = policies;
    this.roster = membership.roster();
    this.membership = membership;
    this.locals = locals;
    this.edges = edges;
    this.feed = feed;
    this.disconnect = disconnect;
    this.self = self;
  }

  /**
   * A change made here: applied at once, then published to the other nodes. A new topic is a line of the room's
   * history, told through the room's order (and so on every node) rather than by each node.
   */
  void announce(RoomChange change) {
    apply(change);
    feed.publish(RoomChangeWire.write(change));
    if (change instanceof RoomChange.TopicSet c) {
      Room room = c.room();
      Instant at = room.topicAt().truncatedTo(ChronoUnit.MILLIS);
      history.say(room.key(), seq -> new ChatEvent.TopicChanged(room.name(), seq, at, room.topic(), room.topicBy()));
    }
  }

  void apply(RoomChange change) {
    policies.apply(change);
    if (change instanceof RoomChange.Registered c) {
      toRoom(c.room().key(), new ChatEvent.RoomRegistered(c.room().name(), c.owner()));
    } else if (change instanceof RoomChange.ModeSet c) {
      Room room = c.room();
      if (!room.modes().history()) {
        history.turnedOff(room.key());
      }
      List<ChatEvent.ModeChange> changes = new ArrayList<>();
      for (RoomMode mode : c.modes()) {
        String value = switch (mode) {
          case KEY -> room.modes().joinKey() == null ? "" : room.modes().joinKey();
          case LIMIT -> room.modes().memberLimit() == null ? "" : room.modes().memberLimit().toString();
          default -> "";
        };
        changes.add(new ChatEvent.ModeChange(mode, room.modes().has(mode), value));
      }
      toRoom(room.key(), new ChatEvent.ModesChanged(room.name(), changes, c.by()));
    } else if (change instanceof RoomChange.RankSet c) {
      toRoom(c.roomKey(), new ChatEvent.RankChanged(nameOf(c.roomKey()), c.alias(), c.rank(), c.granted(), c.by()));
    } else if (change instanceof RoomChange.Sanctioned c) {
      sanctioned(c);
    } else if (change instanceof RoomChange.Lifted c) {
      if (!c.scope().equals(Sanction.SERVER)) {
        toRoom(c.scope(), new ChatEvent.SanctionChanged(nameOf(c.scope()), c.kind(), c.target(), false, c.by(), null,
            ""));
      }
    } else if (change instanceof RoomChange.Kicked c) {
      MemberId target = roster.find(c.alias());
      if (target != null && isLocal(target)) {
        putOut(target, c.roomKey(), c.by(), c.reason());
      }
    } else if (change instanceof RoomChange.Invited c) {
      MemberId target = roster.find(c.alias());
      if (target != null && isLocal(target)) {
        edges.tell(target, new ChatEvent.Invited(nameOf(c.roomKey()), c.by()));
      }
    } else if (change instanceof RoomChange.HistoryCleared c) {
      history.cleared(c.roomKey());
      toRoom(c.roomKey(), new ChatEvent.HistoryCleared(nameOf(c.roomKey()), c.by()));
    } else if (change instanceof RoomChange.Announced c) {
      for (MemberId member : roster.membersOf(self)) {
        edges.tell(member, new ChatEvent.Announcement(c.by(), c.text()));
      }
    }
  }

  private void sanctioned(RoomChange.Sanctioned c) {
    Sanction s = c.sanction();
    if (!s.serverWide()) {
      toRoom(s.scope(), new ChatEvent.SanctionChanged(nameOf(s.scope()), s.kind(), c.target(), true, s.setBy(),
          s.expiresAt(), s.reason()));
    }
    if (s.kind() != SanctionKind.BAN) {
      return;
    }
    for (MemberId member : roster.membersOf(self)) {
      String aliasKey = Names.key(roster.aliasOf(member));
      if (!RoomPolicies.matches(s, aliasKey, locals.addressOf(member)) || exempt(s, aliasKey)) {
        continue;
      }
      if (s.serverWide()) {
        disconnect.disconnect(member, new ChatEvent.Banned(Sanction.SERVER, s.setBy(), s.reason(), s.expiresAt()),
            DisconnectReason.BANNED, "banned by " + s.setBy());
      } else if (roster.isIn(member, s.scope())) {
        putOut(member, s.scope(), s.setBy(), s.reason().isEmpty() ? "banned" : "banned: " + s.reason());
      }
    }
  }

  /**
   * An address ban does not reach those who run the room (or, server-wide, the chat): they may share the address (a
   * company's gateway) with whoever was banned. An alias ban was checked against the target's rank when it was set.
   */
  boolean exempt(Sanction s, String aliasKey) {
    if (s.targetType() != TargetType.ADDRESS) {
      return false;
    }
    return standing(s.scope(), aliasKey).atLeast(s.serverWide() ? Standing.MODERATOR : Standing.OPERATOR);
  }

  /**
   * Takes a member of this node out of the room; a line-protocol member goes back to the lobby, or, put out of the
   * lobby itself, out of the chat.
   */
  void putOut(MemberId member, String roomKey, String by, String reason) {
    if (!membership.expel(member, roomKey, by, reason) || !locals.lobbyHome(member)) {
      return;
    }
    if (roomKey.equals(Names.LOBBY_KEY)) {
      disconnect.disconnect(member, new ChatEvent.Disconnected(by, reason), DisconnectReason.KILLED,
          "put out of " + Names.LOBBY + " by " + by);
      return;
    }
    String alias = roster.aliasOf(member);
    edges.tell(member, new ChatEvent.EnteredRoom(roster.nameOf(Names.LOBBY_KEY)));
    membership.enter(member, alias, Names.LOBBY_KEY, Names.LOBBY);
  }

  /**
   * The standing of the alias with key {@code aliasKey} in the room ({@link Sanction#SERVER}: server-wide, where no
   * room rank counts).
   */
  Standing standing(String roomKey, String aliasKey) {
    return Standing.of(registrations.rank(aliasKey), policies.rankOf(roomKey, aliasKey));
  }

  /** The room's name: as its members spell it, as registered or opened, else {@code otherwise}. */
  String nameOf(String roomKey, String otherwise) {
    String name = roster.nameOf(roomKey);
    return name != null ? name : policies.room(roomKey).map(Room::name).orElse(otherwise);
  }

  private String nameOf(String roomKey) {
    return nameOf(roomKey, roomKey);
  }

  private boolean isLocal(MemberId id) {
    return id.node().equals(self);
  }

  private void toRoom(String roomKey, ChatEvent.InRoom event) {
    membership.tellRoomHere(roomKey, event);
  }
}

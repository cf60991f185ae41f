package dev.relay.chat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.EdgeEvent;
import dev.relay.bus.MemberId;
import dev.relay.bus.MemberInfo;
import dev.relay.bus.PeerMessage;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Applies membership changes to this node's {@link Roster} and writes the notices they cause to this
 * node's members, whether the change was made here or reported by a peer; a change made here is then
 * reported to every peer. Also routes room events: to this node's listeners with members in the room,
 * and once to every other node (lines through their room's order, {@link RoomHistory}). Deals in
 * {@link ChatEvent}s only; the listeners render them.
 *
 * <p>Confined to the hub's context. The order of operations is part of the contract with the listeners:
 * a member joins its listener's room index only after the room heard it joined, and leaves the index
 * before the room hears it left.
 */
final class Membership {

  /** Disconnects a member of this node on a moderator's behalf; the hub's. */
  @FunctionalInterface
  interface KillHere {
    void kill(MemberId member, String by, String reason);
  }

  private final Peers peers;
  private final EdgeLink edges;
  private final KillHere killHere;
  private final RoomWatcher watcher;
  private final Roster roster = new Roster();
  private final RoomEdges roomEdges;
  /** Nodes that introduced themselves (or were introduced to); changes made here are reported to them. */
  private final Set<String> peerNodes = new LinkedHashSet<>();
  private long peerMessagesSent;
  private BiConsumer<String, List<ChatEvent.Line>> lineOrder = (room, lines) -> toLocalRoom(room, List.copyOf(lines));

  /** @param watcher told who left which room and who renamed, wherever the member was */
  Membership(Peers peers, EdgeLink edges, KillHere killHere, RoomWatcher watcher) {
    this.peers = peers;
    this.edges = edges;
    this.killHere = killHere;
    this.watcher = watcher;
    this.roomEdges = new RoomEdges(edges);
  }

  Roster roster() {
    return roster;
  }

  boolean isLocal(MemberId id) {
    return id.node().equals(peers.self());
  }

  /** Messages this node has sent to other nodes: room lines, private lines and membership changes. */
  long peerMessagesSent() {
    return peerMessagesSent;
  }

  /**
   * A member of this node, with what it shows besides its alias; in no room yet, its peers hear of it when it
   * enters one.
   */
  void register(MemberId id, String alias, String user, String realName) {
    roster.add(id, alias);
    roster.describe(id, user, realName);
  }

  /** The member is away, or back: its peers hear of it, whatever rooms it is in. */
  void away(MemberId id, String message) {
    roster.setAway(id, message);
    if (isLocal(id)) {
      toPeers(new PeerMessage.Away(id, message));
    }
  }

  String enter(MemberId id, String alias, String roomKey, String roomName) {
    String name = roster.enter(id, alias, roomKey, roomName);
    toLocalRoom(roomKey, new ChatEvent.Joined(name, alias));
    if (isLocal(id)) {
      roomEdges.add(roomKey, id.edge());
      edges.send(id.edge(), new EdgeEvent.Joined(id.conn(), roomKey));
      MemberInfo info = roster.infoOf(id);
      toPeers(new PeerMessage.Entered(id, alias, roomKey, name, info.user(), info.realName()));
    }
    return name;
  }

  void exit(MemberId id, String roomKey, String reason) {
    if (leave(id, roomKey, reason) && isLocal(id)) {
      toPeers(new PeerMessage.Exited(id, roomKey, reason));
    }
  }

  /**
   * {@code by} puts the member out of the room: the room hears it was kicked, and so does the member (on its own
   * node). False if it was not in the room.
   */
  boolean expel(MemberId id, String roomKey, String by, String reason) {
    String alias = roster.aliasOf(id);
    String name = exitRoom(id, roomKey);
    if (name == null) {
      return false;
    }
    ChatEvent.Kicked kicked = new ChatEvent.Kicked(name, alias, by, reason);
    toLocalRoom(roomKey, kicked);
    if (isLocal(id)) {
      edges.send(id.edge(), new EdgeEvent.ToMember(id.conn(), List.of(kicked)));
      toPeers(new PeerMessage.Expelled(id, roomKey, by, reason));
    }
    return true;
  }

  void rename(MemberId id, String alias) {
    String old = roster.rename(id, alias);
    if (old == null) {
      return;
    }
    List<String> rooms = roster.roomsOf(id);
    watcher.renamed(rooms, Names.key(old), Names.key(alias));
    List<ChatEvent.InRoom> notices = new ArrayList<>();
    for (String room : rooms) {
      notices.add(new ChatEvent.Renamed(roster.nameOf(room), old, alias));
    }
    toLocalRooms(rooms, notices);
    if (isLocal(id)) {
      edges.send(id.edge(), new EdgeEvent.Renamed(id.conn(), alias));
      toPeers(new PeerMessage.Renamed(id, alias));
    }
  }

  /** The member left the chat: it leaves each of its rooms, and each room hears it quit. */
  void depart(MemberId id, String reason) {
    String alias = roster.aliasOf(id);
    List<String> rooms = new ArrayList<>();
    List<ChatEvent.InRoom> notices = new ArrayList<>();
    for (String room : roster.roomsOf(id)) {
      String name = exitRoom(id, room);
      if (name != null) {
        rooms.add(room);
        notices.add(new ChatEvent.Quit(name, alias, reason));
      }
    }
    toLocalRooms(rooms, notices);
    roster.remove(id);
    if (isLocal(id)) {
      toPeers(new PeerMessage.Departed(id, reason));
    }
  }

  /**
   * A line numbered here, for the other nodes' members of the room. It goes to every peer, not only to those this node
   * knows to have members in the room: a member who joined on another node a moment ago has been told it is in the
   * room before its {@code Entered} reaches this node, and must get the line all the same. A peer with no members in
   * the room keeps it in the room's order and history.
   */
  void lineToPeers(String roomKey, ChatEvent.Line line) {
    toPeers(new PeerMessage.RoomEvent(roomKey, line));
  }

  /**
   * Lines from peers go to {@code order}, which puts them in their room's order before they are told here; a peer's
   * run of lines for one room goes as one.
   */
  void orderLinesWith(BiConsumer<String, List<ChatEvent.Line>> order) {
    this.lineOrder = order;
  }

  /** An event for the room's members on this node only: every node tells its own (a room change does so). */
  void tellRoomHere(String roomKey, ChatEvent.InRoom event) {
    toLocalRoom(roomKey, event);
  }

  /** Events for the room's members on this node, as one. */
  void tellRoomHere(String roomKey, List<ChatEvent.InRoom> events) {
    toLocalRoom(roomKey, events);
  }

  /** A private message for one member, wherever it is connected. */
  void tell(MemberId to, ChatEvent.PrivateMessage message) {
    if (isLocal(to)) {
      edges.send(to.edge(), new EdgeEvent.ToMember(to.conn(), List.of(message)));
    } else {
      toPeer(to.node(), new PeerMessage.Private(to, message));
    }
  }

  /**
   * Disconnects {@code to} on behalf of the moderator {@code by}: here through {@code killHere} (the hub's), or on
   * the member's own node, whose hub does the same.
   */
  void kill(MemberId to, String by, String reason) {
    if (isLocal(to)) {
      killHere.kill(to, by, reason);
    } else {
      toPeer(to.node(), new PeerMessage.Kill(to, by, reason));
    }
  }

  /** Applies a peer's message; returns the answer it asks for (a {@link PeerMessage.Welcome}), or null. */
  PeerMessage onPeer(PeerMessage message) {
    if (message instanceof PeerMessage.RoomEvent m) {
      roomEvent(m.room(), m.event());
    } else if (message instanceof PeerMessage.Batch m) {
      applyBatch(m.messages());
    } else if (message instanceof PeerMessage.Private m) {
      tell(m.to(), m.message());
    } else if (message instanceof PeerMessage.Kill m) {
      kill(m.member(), m.by(), m.reason());
    } else if (message instanceof PeerMessage.Entered m) {
      roster.add(m.member(), m.alias());
      roster.describe(m.member(), m.user(), m.realName());
      enter(m.member(), m.alias(), m.room(), m.roomName());
    } else if (message instanceof PeerMessage.Away m) {
      roster.setAway(m.member(), m.message());
    } else if (message instanceof PeerMessage.Exited m) {
      leave(m.member(), m.room(), m.reason());
    } else if (message instanceof PeerMessage.Expelled m) {
      expel(m.member(), m.room(), m.by(), m.reason());
    } else if (message instanceof PeerMessage.Renamed m) {
      rename(m.member(), m.alias());
    } else if (message instanceof PeerMessage.Departed m) {
      depart(m.member(), m.reason());
    } else if (message instanceof PeerMessage.Hello m) {
      peerNodes.add(m.node());
      adopt(m.node(), m.members());
      peerMessagesSent++;
      return new PeerMessage.Welcome(peers.self(), localMembers());
    }
    return null;
  }

  /**
   * Introduces this node to {@code node} and takes the members it answers with. Completes either way: a
   * node whose hub is not running yet will introduce itself when it starts.
   */
  Future<Void> greet(String node) {
    if (node.equals(peers.self())) {
      return Future.succeededFuture();
    }
    peerNodes.add(node);
    peerMessagesSent++;
    return peers.request(node, new PeerMessage.Hello(peers.self(), localMembers()))
        .onSuccess(answer -> {
          if (answer instanceof PeerMessage.Welcome welcome) {
            adopt(welcome.node(), welcome.members());
          }
        })
        .<Void>mapEmpty()
        .recover(notRunning -> Future.succeededFuture());
  }

  /** A node left the cluster: its members leave every room they were in. */
  void nodeLeft(String node, String reason) {
    peerNodes.remove(node);
    for (MemberId id : roster.membersOf(node)) {
      depart(id, reason);
    }
  }

  /** Tells the peers that every member of this node is gone, without notices to those members themselves. */
  void departAllLocal(String reason) {
    for (MemberId id : roster.membersOf(peers.self())) {
      for (String room : roster.roomsOf(id)) {
        roster.exit(id, room);
        roomEdges.remove(room, id.edge());
      }
      roster.remove(id);
      toPeers(new PeerMessage.Departed(id, reason));
    }
  }

  /** Takes {@code node}'s members as it reports them: newcomers are announced, missing ones leave. */
  private void adopt(String node, List<PeerMessage.MemberState> reported) {
    Set<MemberId> present = new HashSet<>();
    for (PeerMessage.MemberState member : reported) {
      present.add(member.id());
      MemberInfo info = member.info();
      for (PeerMessage.RoomRef room : member.rooms()) {
        if (!roster.isIn(member.id(), room.key())) {
          roster.add(member.id(), info.alias());
          roster.describe(member.id(), info.user(), info.realName());
          enter(member.id(), info.alias(), room.key(), room.name());
        }
      }
      roster.setAway(member.id(), info.away());
    }
    for (MemberId id : roster.membersOf(node)) {
      if (!present.contains(id)) {
        depart(id, "");
      }
    }
  }

  private List<PeerMessage.MemberState> localMembers() {
    List<PeerMessage.MemberState> states = new ArrayList<>();
    for (MemberId id : roster.membersOf(peers.self())) {
      List<PeerMessage.RoomRef> rooms = new ArrayList<>();
      for (String room : roster.roomsOf(id)) {
        rooms.add(new PeerMessage.RoomRef(room, roster.nameOf(room)));
      }
      states.add(new PeerMessage.MemberState(id, roster.infoOf(id), rooms));
    }
    return states;
  }

  /** Takes a member out of a room and tells the room; false if it was not in it. */
  private boolean leave(MemberId id, String roomKey, String reason) {
    String alias = roster.aliasOf(id);
    String name = exitRoom(id, roomKey);
    if (name == null) {
      return false;
    }
    toLocalRoom(roomKey, new ChatEvent.Left(name, alias, reason));
    return true;
  }

  /** Takes a member out of a room, its listener first; returns the room's name, or null if it was not in it. */
  private String exitRoom(MemberId id, String roomKey) {
    if (isLocal(id) && roster.isIn(id, roomKey)) {
      roomEdges.remove(roomKey, id.edge());
      edges.send(id.edge(), new EdgeEvent.Parted(id.conn(), roomKey));
    }
    String alias = roster.aliasOf(id);
    String name = roster.exit(id, roomKey);
    if (name != null) {
      watcher.left(roomKey, Names.key(alias), roster.nameOf(roomKey) == null);
    }
    return name;
  }

  private void toLocalRoom(String roomKey, ChatEvent.InRoom event) {
    roomEdges.send(roomKey, List.of(event));
  }

  private void toLocalRoom(String roomKey, List<ChatEvent.InRoom> events) {
    roomEdges.send(roomKey, events);
  }

  private void toLocalRooms(List<String> roomKeys, List<ChatEvent.InRoom> events) {
    roomEdges.sendEach(roomKeys, events);
  }

  /** Applies a peer's batch in order; a run of lines for one room goes to the room's order as one. */
  private void applyBatch(List<PeerMessage> messages) {
    int i = 0;
    while (i < messages.size()) {
      if (messages.get(i) instanceof PeerMessage.RoomEvent first && first.event() instanceof ChatEvent.Line) {
        List<ChatEvent.Line> lines = new ArrayList<>();
        while (i < messages.size() && messages.get(i) instanceof PeerMessage.RoomEvent next
            && next.room().equals(first.room()) && next.event() instanceof ChatEvent.Line line) {
          lines.add(line);
          i++;
        }
        lineOrder.accept(first.room(), lines);
      } else {
        onPeer(messages.get(i));
        i++;
      }
    }
  }

  private void roomEvent(String roomKey, ChatEvent.InRoom event) {
    if (event instanceof ChatEvent.Line line) {
      lineOrder.accept(roomKey, List.of(line));
    } else {
      toLocalRoom(roomKey, event);
    }
  }

  private void toPeers(PeerMessage message) {
    for (String node : peerNodes) {
      toPeer(node, message);
    }
  }

  private void toPeer(String node, PeerMessage message) {
    peerMessagesSent++;
    peers.send(node, message);
  }
}

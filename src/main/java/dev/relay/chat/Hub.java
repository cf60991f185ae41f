package dev.relay.chat;

import dev.relay.bus.EdgeEvent;
import dev.relay.bus.HubRequest;
import dev.relay.bus.MemberId;
import dev.relay.protocol.Lines;
import dev.relay.protocol.Names;
import dev.relay.protocol.Replies;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's chat logic: handles its members' requests against the {@link Directory} and tells the
 * listeners what to write. A room message is encoded once and sent once to each listener with members in
 * the room. Runs on one context; all state here is confined to it.
 */
public final class Hub {

  private static final Logger LOG = LoggerFactory.getLogger(Hub.class);

  private final Directory directory;
  private final EdgeLink edges;
  private final Map<MemberId, Member> members = new HashMap<>();
  private final RoomEdges roomEdges = new RoomEdges();
  /** Handshakes waiting for the directory, and those of them whose connection closed meanwhile. */
  private final Set<MemberId> greeting = new HashSet<>();
  private final Set<MemberId> goneWhileGreeting = new HashSet<>();

  public Hub(Directory directory, EdgeLink edges) {
    this.directory = directory;
    this.edges = edges;
  }

  public void handle(HubRequest request) {
    if (request instanceof HubRequest.Hello hello) {
      hello(hello);
      return;
    }
    Member member = members.get(request.from());
    if (member == null) {
      if (request instanceof HubRequest.Gone && greeting.contains(request.from())) {
        goneWhileGreeting.add(request.from());
      }
      return;
    }
    if (request instanceof HubRequest.Say say) {
      inRoom(member, say.room(), () -> broadcast(say.room(), Replies.chat(member.alias, say.text())));
    } else if (request instanceof HubRequest.Act act) {
      inRoom(member, act.room(), () -> broadcast(act.room(), Replies.action(member.alias, act.action())));
    } else if (request instanceof HubRequest.Rename rename) {
      rename(member, rename.alias());
    } else if (request instanceof HubRequest.Move move) {
      move(member, move.fromRoom(), move.toRoom());
    } else if (request instanceof HubRequest.Who who) {
      who(member, who.room());
    } else if (request instanceof HubRequest.ListRooms) {
      directory.rooms().onSuccess(rooms -> reply(member, Replies.rooms(rooms)));
    } else if (request instanceof HubRequest.Whisper whisper) {
      whisper(member, whisper.alias(), whisper.text());
    } else if (request instanceof HubRequest.Quit quit) {
      depart(member, quit.reason(), true);
    } else if (request instanceof HubRequest.Gone gone) {
      depart(member, gone.reason(), false);
    }
  }

  /** How many members this node has: for tests and metrics. */
  public int memberCount() {
    return members.size();
  }

  private void hello(HubRequest.Hello hello) {
    MemberId id = hello.from();
    greeting.add(id);
    directory.claimAlias(hello.alias(), id)
        .compose(claimed -> {
          if (!claimed) {
            greeting.remove(id);
            edges.send(id.edge(), new EdgeEvent.Refused(id.conn(),
                Lines.encode(Replies.aliasTaken(hello.alias()), Replies.ALIAS_PROMPT)));
            return Future.succeededFuture();
          }
          return directory.enter(Names.LOBBY, id).onSuccess(lobby -> admit(id, hello.alias(), lobby));
        })
        .onFailure(e -> LOG.error("[{}] handshake failed", id, e));
  }

  private void admit(MemberId id, String alias, String lobby) {
    greeting.remove(id);
    Member member = new Member(id, alias);
    members.put(id, member);
    if (goneWhileGreeting.remove(id)) {
      depart(member, "", false);
      return;
    }
    LOG.info("[{}] {} connected", id, alias);
    edges.send(id.edge(), new EdgeEvent.Accepted(id.conn(), alias, Lines.encode(Replies.welcome(alias, lobby))));
    enterRoom(member, Names.key(lobby), lobby);
  }

  private void rename(Member member, String alias) {
    String old = member.alias;
    if (old.equals(alias)) {
      reply(member, List.of(Replies.alreadyKnownAs(alias)));
      return;
    }
    directory.claimAlias(alias, member.id).onSuccess(claimed -> {
      if (!claimed) {
        reply(member, List.of(Replies.aliasTaken(alias)));
        return;
      }
      member.alias = alias;
      if (!Names.key(old).equals(Names.key(alias))) {
        directory.releaseAlias(old, member.id);
      }
      LOG.info("[{}] {} is now {}", member.id, old, alias);
      edges.send(member.id.edge(), new EdgeEvent.Renamed(member.id.conn(), alias));
      member.rooms.keySet().forEach(room -> broadcast(room, Replies.renamed(old, alias)));
    });
  }

  private void move(Member member, String fromRoom, String toRoom) {
    String toKey = Names.key(toRoom);
    if (member.rooms.containsKey(toKey)) {
      reply(member, List.of(Replies.alreadyInRoom(member.rooms.get(toKey))));
      return;
    }
    leaveRoom(member, Names.key(fromRoom), "");
    directory.enter(toRoom, member.id).onSuccess(name -> {
      if (members.get(member.id) == member) {
        reply(member, List.of(Replies.nowInRoom(name)));
        enterRoom(member, toKey, name);
      }
    });
  }

  private void who(Member member, String room) {
    String name = member.rooms.getOrDefault(Names.key(room), room);
    directory.aliasesIn(room).onSuccess(aliases -> reply(member, Replies.who(name, aliases)));
  }

  private void whisper(Member member, String alias, String text) {
    directory.ownerOf(alias).onSuccess(owner -> {
      Member recipient = owner == null ? null : members.get(owner);
      if (recipient == null) {
        reply(member, List.of(Replies.noSuchAlias(alias)));
        return;
      }
      send(recipient, Lines.encode(Replies.privateMessage(member.alias, text)));
      reply(member, List.of(Replies.privateMessageSent(recipient.alias, text)));
    });
  }

  /** Removes a member for good: each room hears it left, the alias is free again. */
  private void depart(Member member, String reason, boolean sayGoodbye) {
    members.remove(member.id);
    for (String room : new ArrayList<>(member.rooms.keySet())) {
      leaveRoom(member, room, reason);
    }
    directory.releaseAlias(member.alias, member.id);
    if (sayGoodbye) {
      edges.send(member.id.edge(), new EdgeEvent.Disconnect(member.id.conn(), Lines.encode(Replies.GOODBYE)));
    }
    LOG.info("[{}] {} disconnected{}", member.id, member.alias, reason.isEmpty() ? "" : " (" + reason + ")");
  }

  /** The others in the room hear of the newcomer before the newcomer's listener starts delivering to it. */
  private void enterRoom(Member member, String key, String name) {
    broadcast(key, Replies.joined(member.alias, name));
    member.rooms.put(key, name);
    roomEdges.add(key, member.id.edge());
    edges.send(member.id.edge(), new EdgeEvent.Joined(member.id.conn(), key));
  }

  /** The listener stops delivering the room to the member before the others hear it left. */
  private void leaveRoom(Member member, String key, String reason) {
    String name = member.rooms.remove(key);
    if (name == null) {
      return;
    }
    roomEdges.remove(key, member.id.edge());
    edges.send(member.id.edge(), new EdgeEvent.Parted(member.id.conn(), key));
    directory.leave(key, member.id);
    broadcast(key, Replies.left(member.alias, name, reason));
  }

  private void inRoom(Member member, String room, Runnable action) {
    if (member.rooms.containsKey(Names.key(room))) {
      action.run();
    }
  }

  private void broadcast(String roomKey, String line) {
    Buffer encoded = Lines.encode(line);
    for (String edge : roomEdges.edgesOf(roomKey)) {
      edges.send(edge, new EdgeEvent.ToRoom(roomKey, encoded));
    }
  }

  private void reply(Member member, List<String> lines) {
    send(member, Lines.encode(lines));
  }

  private void send(Member member, Buffer lines) {
    edges.send(member.id.edge(), new EdgeEvent.ToMember(member.id.conn(), lines));
  }
}

package dev.relay.chat;

import dev.relay.bus.MemberId;
import dev.relay.protocol.Names;
import dev.relay.protocol.RoomCount;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The directory of a server running alone: plain collections, owned by the hub's context. */
public final class LocalDirectory implements Directory {

  private final Map<String, MemberId> aliasOwners = new HashMap<>();
  private final Map<MemberId, String> aliases = new HashMap<>();
  private final Map<String, Room> rooms = new LinkedHashMap<>();

  public LocalDirectory() {
    rooms.put(Names.key(Names.LOBBY), new Room(Names.LOBBY));
  }

  @Override
  public Future<Boolean> claimAlias(String alias, MemberId member) {
    MemberId owner = aliasOwners.putIfAbsent(Names.key(alias), member);
    if (owner != null && !owner.equals(member)) {
      return Future.succeededFuture(false);
    }
    aliases.put(member, alias);
    return Future.succeededFuture(true);
  }

  @Override
  public Future<Void> releaseAlias(String alias, MemberId member) {
    if (aliasOwners.remove(Names.key(alias), member) && alias.equals(aliases.get(member))) {
      aliases.remove(member);
    }
    return Future.succeededFuture();
  }

  @Override
  public Future<MemberId> ownerOf(String alias) {
    return Future.succeededFuture(aliasOwners.get(Names.key(alias)));
  }

  @Override
  public Future<String> enter(String room, MemberId member) {
    Room entry = rooms.computeIfAbsent(Names.key(room), k -> new Room(room));
    entry.members.add(member);
    return Future.succeededFuture(entry.name);
  }

  @Override
  public Future<Void> leave(String room, MemberId member) {
    String key = Names.key(room);
    Room entry = rooms.get(key);
    if (entry != null && entry.members.remove(member) && entry.members.isEmpty() && !key.equals(Names.LOBBY)) {
      rooms.remove(key);
    }
    return Future.succeededFuture();
  }

  @Override
  public Future<List<String>> aliasesIn(String room) {
    Room entry = rooms.get(Names.key(room));
    List<String> names = new ArrayList<>();
    if (entry != null) {
      entry.members.forEach(m -> names.add(aliases.getOrDefault(m, "?")));
    }
    return Future.succeededFuture(names);
  }

  @Override
  public Future<List<RoomCount>> rooms() {
    List<RoomCount> counts = new ArrayList<>();
    rooms.values().forEach(r -> counts.add(new RoomCount(r.name, r.members.size())));
    return Future.succeededFuture(counts);
  }

  private static final class Room {
    final String name;
    final Set<MemberId> members = new LinkedHashSet<>();

    Room(String name) {
      this.name = name;
    }
  }
}

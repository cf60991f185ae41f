package dev.relay.chat;

import dev.relay.bus.MemberId;
import dev.relay.bus.MemberInfo;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every member of the chat and the rooms they are in, on every node: a node's own members exactly, the
 * others' as their nodes last reported. Answers {@code /who}, {@code /rooms} and {@code /msg} lookups.
 * Keys are {@link Names#key}s; a member may be in several rooms. Plain collections, confined to the hub's
 * context.
 */
public final class Roster {

  private final Map<MemberId, Entry> members = new HashMap<>();
  private final Map<String, MemberId> byAlias = new HashMap<>();
  private final Map<String, Room> rooms = new LinkedHashMap<>();
  private final Map<String, Integer> membersPerNode = new HashMap<>();

  public Roster() {
    rooms.put(Names.LOBBY_KEY, new Room(Names.LOBBY));
  }

  /** Puts the member in the roster, in no room, unless it is there already. */
  public void add(MemberId id, String alias) {
    Entry entry = members.get(id);
    if (entry == null) {
      entry = new Entry(alias);
      members.put(id, entry);
      membersPerNode.merge(id.node(), 1, Integer::sum);
    }
    if (!entry.alias.equals(alias)) {
      rename(id, alias);
    }
    byAlias.put(Names.key(alias), id);
  }

  /** Puts the member in the room (and in the roster, if new); returns the room's name as first spelled. */
  public String enter(MemberId id, String alias, String roomKey, String roomName) {
    add(id, alias);
    Entry entry = members.get(id);
    Room room = rooms.computeIfAbsent(roomKey, k -> new Room(roomName));
    room.members.add(id);
    if (!entry.rooms.contains(roomKey)) {
      entry.rooms.add(roomKey);
    }
    return room.name;
  }

  /** Takes the member out of the room; returns the room's name, or null if it was not in it. */
  public String exit(MemberId id, String roomKey) {
    Entry entry = members.get(id);
    if (entry == null || !entry.rooms.remove(roomKey)) {
      return null;
    }
    Room room = rooms.get(roomKey);
    room.members.remove(id);
    if (room.members.isEmpty() && !roomKey.equals(Names.LOBBY_KEY)) {
      rooms.remove(roomKey);
    }
    return room.name;
  }

  /** Changes the member's alias; returns the old one, or null for an unknown member. */
  public String rename(MemberId id, String alias) {
    Entry entry = members.get(id);
    if (entry == null) {
      return null;
    }
    String old = entry.alias;
    byAlias.remove(Names.key(old), id);
    entry.alias = alias;
    byAlias.put(Names.key(alias), id);
    return old;
  }

  /** Forgets a member that has already left all its rooms. */
  public void remove(MemberId id) {
    Entry entry = members.remove(id);
    if (entry != null) {
      byAlias.remove(Names.key(entry.alias), id);
      membersPerNode.computeIfPresent(id.node(), (n, count) -> count == 1 ? null : count - 1);
    }
  }

  public boolean contains(MemberId id) {
    return members.containsKey(id);
  }

  public String aliasOf(MemberId id) {
    Entry entry = members.get(id);
    return entry == null ? null : entry.alias;
  }

  /** The keys of the rooms the member is in, in the order it entered them. */
  public List<String> roomsOf(MemberId id) {
    Entry entry = members.get(id);
    return entry == null ? List.of() : new ArrayList<>(entry.rooms);
  }

  public boolean isIn(MemberId id, String roomKey) {
    Entry entry = members.get(id);
    return entry != null && entry.rooms.contains(roomKey);
  }

  /** Who holds {@code alias} as far as this node knows, or null. */
  public MemberId find(String alias) {
    return byAlias.get(Names.key(alias));
  }

  /** The members connected to {@code node}. */
  public List<MemberId> membersOf(String node) {
    return members.keySet().stream().filter(id -> id.node().equals(node)).toList();
  }

  /** How many members {@code node} has. */
  public int countOf(String node) {
    return membersPerNode.getOrDefault(node, 0);
  }

  public int roomCount() {
    return rooms.size();
  }

  public String nameOf(String roomKey) {
    Room room = rooms.get(roomKey);
    return room == null ? null : room.name;
  }

  /** Sets what the member shows besides its alias; a null keeps what it had (at first, the alias). */
  public void describe(MemberId id, String user, String realName) {
    Entry entry = members.get(id);
    if (entry != null) {
      entry.user = user != null ? user : entry.user;
      entry.realName = realName != null ? realName : entry.realName;
    }
  }

  /** The member is away with {@code message}, or back when it is empty. */
  public void setAway(MemberId id, String message) {
    Entry entry = members.get(id);
    if (entry != null) {
      entry.away = message;
    }
  }

  /** What the member shows, or null for an unknown member. */
  public MemberInfo infoOf(MemberId id) {
    Entry entry = members.get(id);
    return entry == null ? null : new MemberInfo(entry.alias, entry.user == null ? entry.alias : entry.user,
        entry.realName == null ? entry.alias : entry.realName, entry.away);
  }

  /** How many are in the room. */
  public int countIn(String roomKey) {
    Room room = rooms.get(roomKey);
    return room == null ? 0 : room.members.size();
  }

  /** What each member of the room shows, in the order they entered. */
  public List<MemberInfo> infosIn(String roomKey) {
    Room room = rooms.get(roomKey);
    List<MemberInfo> infos = new ArrayList<>();
    if (room != null) {
      room.members.forEach(id -> infos.add(infoOf(id)));
    }
    return infos;
  }

  /** Every room with its member count, the lobby first. */
  public List<RoomCount> rooms() {
    List<RoomCount> counts = new ArrayList<>();
    rooms.values().forEach(r -> counts.add(new RoomCount(r.name, r.members.size())));
    return counts;
  }

  private static final class Entry {
    String alias;
    /** Null until described: the alias stands in. */
    String user;
    String realName;
    String away = "";
    /** Room keys in joining order; a list, as most members are in one room or a few. */
    final List<String> rooms = new ArrayList<>(1);

    Entry(String alias) {
      this.alias = alias;
    }
  }

  private static final class Room {
    final String name;
    final Set<MemberId> members = new LinkedHashSet<>();

    Room(String name) {
      this.name = name;
    }
  }
}

package dev.relay.chat;

import dev.relay.bus.RoomRank;
import dev.relay.bus.SanctionKind;
import dev.relay.bus.SanctionTarget;
import dev.relay.bus.TargetType;
import dev.relay.store.Room;
import dev.relay.store.RoomRole;
import dev.relay.store.Sanction;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * This node's copy of what rules the rooms: registered rooms' settings and the ranks accounts hold in them, bans and
 * mutes (all kept in the store, reloaded from it now and then), and what lasts only while a room has members: an
 * unregistered room's settings (its opener owns it), ranks given to guests, invitations. Every node applies the same
 * {@link RoomChange}s, so every node answers alike without a trip to the database. Confined to the hub's context.
 */
final class RoomPolicies implements RoomWatcher {

  private final Map<String, Room> registered = new HashMap<>();
  private final Map<String, Room> opened = new HashMap<>();
  /** Room key, then account key: the ranks kept in the store. */
  private final Map<String, Map<String, RoomRank>> storedRanks = new HashMap<>();
  /** Room key, then alias key: ranks that last while the room has members. */
  private final Map<String, Map<String, RoomRank>> heldRanks = new HashMap<>();
  /** By scope: a room key, or {@link Sanction#SERVER}; a member's line checks only its room's and the server's. */
  private final Map<String, List<Sanction>> sanctions = new HashMap<>();
  private final Map<String, Set<String>> invited = new HashMap<>();
  /** Counts changes applied, so that a reload that raced with one can be told apart and dropped. */
  private long changes;

  /** The room's settings: registered, or opened and not yet empty; empty for a room nobody opened. */
  Optional<Room> room(String key) {
    Room room = registered.get(key);
    return Optional.ofNullable(room != null ? room : opened.get(key));
  }

  boolean registered(String key) {
    return registered.containsKey(key);
  }

  /** The alias's rank in the room: owner, a granted one, or null for none. */
  RoomRank rankOf(String roomKey, String aliasKey) {
    Optional<Room> room = room(roomKey);
    if (room.isPresent() && room.get().ownerKey().equals(aliasKey)) {
      return RoomRank.OWNER;
    }
    RoomRank stored = storedRanks.getOrDefault(roomKey, Map.of()).get(aliasKey);
    return stored != null ? stored : heldRanks.getOrDefault(roomKey, Map.of()).get(aliasKey);
  }

  boolean invited(String roomKey, String aliasKey) {
    return invited.getOrDefault(roomKey, Set.of()).contains(aliasKey);
  }

  /**
   * The first sanction of {@code kind} holding at {@code now} in {@code scope} (a room key, or {@link Sanction#SERVER})
   * on the alias or the address.
   */
  Optional<Sanction> sanction(SanctionKind kind, String scope, String aliasKey, String address, Instant now) {
    for (Sanction s : sanctions.getOrDefault(scope, List.of())) {
      if (s.kind() == kind && s.activeAt(now) && matches(s, aliasKey, address)) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Whether the room keeps what is said: unless its owner turned that off. */
  boolean keepsHistory(String roomKey) {
    return room(roomKey).map(room -> room.modes().history()).orElse(true);
  }

  boolean moderated(String roomKey) {
    return room(roomKey).map(room -> room.modes().moderated()).orElse(false);
  }

  /** Whether any sanction, holding or expired, names the scope: most rooms have none, and need no checks. */
  boolean hasSanctions(String scope) {
    return sanctions.containsKey(scope);
  }

  /** Every sanction holding at {@code now} in exactly {@code scope}, oldest first. */
  List<Sanction> sanctionsIn(String scope, Instant now) {
    return sanctions.getOrDefault(scope, List.of()).stream().filter(s -> s.activeAt(now)).toList();
  }

  /** The target as sanctions are stored and matched: an alias key, or a normalised address block. */
  static String key(SanctionTarget target) {
    return target.type() == TargetType.ALIAS ? Names.key(target.value())
        : AddressBlock.parse(target.value()).map(AddressBlock::text).orElse(target.value());
  }

  static boolean matches(Sanction s, String aliasKey, String address) {
    if (s.targetType() == TargetType.ALIAS) {
      return s.target().equals(aliasKey);
    }
    return address != null && AddressBlock.parse(s.target()).map(block -> block.contains(address)).orElse(false);
  }

  void apply(RoomChange change) {
    changes++;
    if (change instanceof RoomChange.Opened c) {
      if (!registered.containsKey(c.roomKey())) {
        Room claimed = Room.registered(c.roomKey(), c.name(), c.ownerKey(), c.at());
        opened.merge(c.roomKey(), claimed, RoomPolicies::firstOpener);
      }
    } else if (change instanceof RoomChange.Registered c) {
      registered.put(c.room().key(), c.room());
      opened.remove(c.room().key());
    } else if (change instanceof RoomChange.TopicSet c) {
      settings(c.room());
    } else if (change instanceof RoomChange.ModeSet c) {
      settings(c.room());
      if (!c.room().modes().inviteOnly()) {
        invited.remove(c.room().key());
      }
    } else if (change instanceof RoomChange.RankSet c) {
      rank(c);
    } else if (change instanceof RoomChange.Sanctioned c) {
      add(c.sanction());
    } else if (change instanceof RoomChange.Lifted c) {
      List<Sanction> scope = sanctions.getOrDefault(c.scope(), new ArrayList<>());
      String key = key(c.target());
      scope.removeIf(s -> s.kind() == c.kind() && s.targetType() == c.target().type() && s.target().equals(key));
      if (scope.isEmpty()) {
        sanctions.remove(c.scope());
      }
    } else if (change instanceof RoomChange.Invited c) {
      invited.computeIfAbsent(c.roomKey(), k -> new HashSet<>()).add(Names.key(c.alias()));
    }
  }

  /**
   * What a member held only while it was in the room goes with it: a rank given to it there unless kept with its
   * account, the ownership of a room it opened; with the last member, the room's settings unless it is registered.
   */
  @Override
  public void left(String roomKey, String aliasKey, boolean emptied) {
    if (emptied) {
      opened.remove(roomKey);
      heldRanks.remove(roomKey);
      invited.remove(roomKey);
      return;
    }
    heldRanks.getOrDefault(roomKey, new HashMap<>()).remove(aliasKey);
    Room room = opened.get(roomKey);
    if (room != null && room.ownerKey().equals(aliasKey)) {
      opened.put(roomKey, room.withOwner(""));
    }
  }

  /** A guest's rank and an opener's room follow the member to its new alias; an account's are its account's. */
  @Override
  public void renamed(List<String> rooms, String oldKey, String newKey) {
    for (String roomKey : rooms) {
      Map<String, RoomRank> held = heldRanks.get(roomKey);
      if (held != null && held.containsKey(oldKey)) {
        held.put(newKey, held.remove(oldKey));
      }
      Room room = opened.get(roomKey);
      if (room != null && room.ownerKey().equals(oldKey)) {
        opened.put(roomKey, room.withOwner(newKey));
      }
    }
  }

  /** A mark to hand back to {@link #reload}: the policies as they are before a reload is read from the store. */
  long mark() {
    return changes;
  }

  /**
   * Replaces what the store holds with {@code stored}, read after {@link #mark()} returned {@code mark}; returns false
   * and keeps everything when a change was applied meanwhile (the read may predate it).
   */
  boolean reload(StoredPolicies stored, long mark) {
    if (mark != changes) {
      return false;
    }
    registered.clear();
    storedRanks.clear();
    sanctions.clear();
    for (Room room : stored.rooms()) {
      registered.put(room.key(), room);
      opened.remove(room.key());
    }
    for (RoomRole role : stored.ranks()) {
      storedRanks.computeIfAbsent(role.roomKey(), k -> new HashMap<>()).put(role.accountKey(), role.role());
    }
    stored.sanctions().forEach(this::add);
    return true;
  }

  /**
   * Two members opened the room at once on two instances, each first as far as its own instance knew: every instance
   * hears both and keeps the same one, the earlier (then the smaller alias key), with the settings made meanwhile.
   */
  private static Room firstOpener(Room held, Room claimed) {
    boolean earlier = claimed.createdAt().isBefore(held.createdAt()) || (claimed.createdAt().equals(held.createdAt())
        && claimed.ownerKey().compareTo(held.ownerKey()) < 0);
    return earlier ? new Room(held.key(), held.name(), claimed.ownerKey(), held.topic(), held.topicBy(),
        held.topicAt(), held.modes(), claimed.createdAt()) : held;
  }

  private void add(Sanction sanction) {
    sanctions.computeIfAbsent(sanction.scope(), k -> new ArrayList<>()).add(sanction);
  }

  private void settings(Room room) {
    if (registered.containsKey(room.key())) {
      registered.put(room.key(), room);
    } else {
      opened.put(room.key(), room);
    }
  }

  /** Taking operator back from the opener of an unregistered room (it stepping down) ends its ownership. */
  private void rank(RoomChange.RankSet c) {
    String aliasKey = Names.key(c.alias());
    Map<String, Map<String, RoomRank>> ranks = c.stored() ? storedRanks : heldRanks;
    Map<String, RoomRank> room = ranks.computeIfAbsent(c.roomKey(), k -> new HashMap<>());
    if (c.granted()) {
      room.merge(aliasKey, c.rank(), (had, given) -> had.atLeast(given) ? had : given);
    } else {
      room.remove(aliasKey, c.rank());
      heldRanks.getOrDefault(c.roomKey(), new HashMap<>()).remove(aliasKey, c.rank());
      Room openedBy = opened.get(c.roomKey());
      if (c.rank() == RoomRank.OPERATOR && openedBy != null && openedBy.ownerKey().equals(aliasKey)) {
        opened.put(c.roomKey(), openedBy.withOwner(""));
      }
    }
  }
}

package dev.relay.chat;

import dev.relay.bus.MemberId;
import java.util.HashMap;
import java.util.Map;

/**
 * What this node knows of its own members only: the address each connected from (as address bans match it) and
 * whether it lives in the lobby between rooms (the line protocol's members: put out of a room, they go back to it).
 * Confined to the hub's context.
 */
final class LocalMembers {

  private record Local(String address, boolean lobbyHome) {
  }

  private final Map<MemberId, Local> members = new HashMap<>();

  void add(MemberId id, String address, boolean lobbyHome) {
    members.put(id, new Local(address, lobbyHome));
  }

  void remove(MemberId id) {
    members.remove(id);
  }

  /** The member's address, or null for a member of another node. */
  String addressOf(MemberId id) {
    Local local = members.get(id);
    return local == null ? null : local.address();
  }

  boolean lobbyHome(MemberId id) {
    Local local = members.get(id);
    return local != null && local.lobbyHome();
  }
}

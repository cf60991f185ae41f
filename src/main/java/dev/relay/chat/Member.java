package dev.relay.chat;

import dev.relay.bus.MemberId;
import java.util.LinkedHashMap;
import java.util.Map;

/** A member connected to this node, as its hub sees it. Owned by the hub's context. */
final class Member {

  final MemberId id;
  String alias;
  /** Room key to the room's name as spelled at creation. A member may be in several rooms. */
  final Map<String, String> rooms = new LinkedHashMap<>();

  Member(MemberId id, String alias) {
    this.id = id;
    this.alias = alias;
  }
}

package dev.relay.line;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.Rank;

/** The line protocol's words for moderation and ranks (docs/PROTOCOL.md, section 10). */
final class ModerationReplies {

  private ModerationReplies() {
  }

  static String disconnected(ChatEvent.Disconnected e) {
    return "! you were disconnected by " + e.by() + because(e.reason());
  }

  static String killed(ChatEvent.Killed e) {
    return "* " + e.alias() + " was disconnected by " + e.by() + because(e.reason());
  }

  static String notAllowed(String command, Rank needed) {
    return "! /" + command + " needs the " + needed.wire() + " role";
  }

  static String outranked(String alias) {
    return "! you cannot act on " + alias + ": only on members of a lower rank";
  }

  static String roleSet(String alias, Rank rank) {
    return "* " + alias + " is now " + (rank == Rank.USER ? "a member without a role" : rank.wire());
  }

  private static String because(String reason) {
    return reason.isEmpty() ? "" : ": " + reason;
  }
}

package dev.relay.line;

import dev.relay.bus.AuditLine;
import dev.relay.bus.ChatEvent;
import dev.relay.bus.Rank;
import java.util.ArrayList;
import java.util.List;

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

  /** A header line, then one line per action, newest first. */
  static List<String> audit(List<AuditLine> lines) {
    if (lines.isEmpty()) {
      return List.of("* No moderation actions yet.");
    }
    List<String> out = new ArrayList<>();
    out.add("* The last " + lines.size() + " moderation action" + (lines.size() == 1 ? "" : "s") + ", newest first:");
    for (AuditLine line : lines) {
      String where = line.scope().equals("*") ? "" : " in " + line.scope();
      out.add("*   " + RoomReplies.at(line.at()) + " " + line.actor() + " " + line.action() + " "
          + line.target() + where + because(line.reason()));
    }
    return out;
  }

  /** {@code ": reason"}, or nothing when there is none. */
  static String because(String reason) {
    return reason.isEmpty() ? "" : ": " + reason;
  }
}

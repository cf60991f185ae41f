package dev.relay.line;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.ChatEvent.Line;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The line protocol's words for history (docs/PROTOCOL.md 11): lines read back are framed by {@code -- } lines, each
 * with its time (UTC) and id, {@code [10:02:03 #810] alice: hello}, a {@code -- 2026-11-30 --} line wherever the day
 * changes.
 */
final class HistoryReplies {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZoneOffset.UTC);

  private HistoryReplies() {
  }

  /** The lines for a history event, or null for another event. */
  static List<String> of(ChatEvent event) {
    if (event instanceof ChatEvent.History e) {
      return switch (e.why()) {
        case RESUMED -> resumed(e);
        case RENUMBERED -> renumbered(e);
        case JOINED, ASKED -> listed(e);
      };
    } else if (event instanceof ChatEvent.Mailbox e) {
      return mailbox(e);
    } else if (event instanceof ChatEvent.KeptForLater e) {
      return List.of("* " + e.alias() + " is not connected: your message is kept for them");
    } else if (event instanceof ChatEvent.HistoryCleared e) {
      return List.of("* " + e.by() + " cleared the history of " + e.room());
    }
    return null;
  }

  /** A live room line after its id, for a client that asked for ids. */
  static String withId(Line line, String rendered) {
    return "[#" + line.seq() + "] " + rendered;
  }

  static String historyOff(String room) {
    return "! " + room + " keeps no history";
  }

  static String throttled() {
    return "! too many history requests: wait a moment";
  }

  static String mailboxFull(String alias) {
    return "! " + alias + "'s kept messages are too many: yours was not kept";
  }

  private static List<String> listed(ChatEvent.History e) {
    if (e.lines().isEmpty()) {
      return List.of("-- history of " + e.room() + ": no lines --");
    }
    List<String> out = new ArrayList<>();
    out.add("-- history of " + e.room() + ": " + count(e.lines().size(), "line") + " --");
    addLines(out, e.lines());
    out.add("-- end of history --");
    return out;
  }

  private static List<String> resumed(ChatEvent.History e) {
    List<String> out = new ArrayList<>();
    if (e.missed() == 0) {
      out.add("-- you missed nothing --");
      return out;
    }
    String missed = "-- you missed " + count(e.missed(), "line");
    if (e.gone() < 0) {
      out.add(missed + "; the newest " + e.lines().size() + " follow --");
    } else if (e.gone() == 0) {
      out.add(missed + " --");
    } else {
      out.add(missed + "; " + e.gone() + (e.gone() == 1 ? " is" : " are") + " no longer kept --");
    }
    if (!e.lines().isEmpty()) {
      addLines(out, e.lines());
      out.add("-- end of missed lines --");
    }
    return out;
  }

  /** The line the client resumed after is past the room's last: its numbering started again. */
  private static List<String> renumbered(ChatEvent.History e) {
    String opener = "-- " + e.room() + " was numbered anew: you may have missed lines; ";
    if (e.lines().isEmpty()) {
      return List.of(opener + "it has no lines now --");
    }
    List<String> out = new ArrayList<>();
    int n = e.lines().size();
    out.add(opener + (n == 1 ? "its last line follows --" : "its last " + n + " lines follow --"));
    addLines(out, e.lines());
    out.add("-- end of missed lines --");
    return out;
  }

  private static List<String> mailbox(ChatEvent.Mailbox e) {
    List<String> out = new ArrayList<>();
    out.add("-- " + count(e.messages().size(), "message") + " kept for you while you were away --");
    LocalDate day = null;
    for (ChatEvent.PrivateMessage m : e.messages()) {
      day = dayLine(out, day, m.at());
      out.add("[" + TIME.format(m.at()) + "] " + Replies.privateMessage(m.from(), m.text()));
    }
    out.add("-- end of kept messages --");
    return out;
  }

  private static void addLines(List<String> out, List<Line> lines) {
    LocalDate day = null;
    for (Line line : lines) {
      day = dayLine(out, day, line.at());
      out.add("[" + TIME.format(line.at()) + " #" + line.seq() + "] " + Replies.of(line).get(0));
    }
  }

  /** Adds a {@code -- DATE --} line when {@code at} is on another day than {@code day}; returns at's day. */
  private static LocalDate dayLine(List<String> out, LocalDate day, Instant at) {
    LocalDate today = LocalDate.ofInstant(at, ZoneOffset.UTC);
    if (!today.equals(day)) {
      out.add("-- " + today + " --");
    }
    return today;
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}

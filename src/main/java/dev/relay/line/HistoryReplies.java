package dev.relay.line;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.Replay;
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
      return block(e);
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

  /** A history block: its summary, then its lines between the summary and the end marker, if it shows any. */
  private static List<String> block(ChatEvent.History e) {
    List<String> out = new ArrayList<>();
    out.add(summary(e));
    if (showsLines(e)) {
      addLines(out, e.lines());
      out.add(end(e));
    }
    return out;
  }

  /** Whether the block lists lines: a resume that missed nothing lists none. */
  static boolean showsLines(ChatEvent.History e) {
    return !e.lines().isEmpty() && !(e.why() == Replay.RESUMED && e.missed() == 0);
  }

  /** The first line of a history block: what it holds, or, resuming, what was missed. */
  static String summary(ChatEvent.History e) {
    return switch (e.why()) {
      case RESUMED -> resumedSummary(e);
      case RENUMBERED -> renumberedSummary(e);
      case JOINED, ASKED -> "-- history of " + e.room() + ": "
          + (e.lines().isEmpty() ? "no lines" : count(e.lines().size(), "line")) + " --";
    };
  }

  /** The last line of a history block that lists lines. */
  static String end(ChatEvent.History e) {
    return e.why() == Replay.JOINED || e.why() == Replay.ASKED ? "-- end of history --" : "-- end of missed lines --";
  }

  private static String resumedSummary(ChatEvent.History e) {
    if (e.missed() == 0) {
      return "-- you missed nothing --";
    }
    String missed = "-- you missed " + count(e.missed(), "line");
    if (e.gone() < 0) {
      return missed + "; the newest " + e.lines().size() + " follow --";
    } else if (e.gone() == 0) {
      return missed + " --";
    }
    return missed + "; " + e.gone() + (e.gone() == 1 ? " is" : " are") + " no longer kept --";
  }

  /** The line the client resumed after is past the room's last: its numbering started again. */
  private static String renumberedSummary(ChatEvent.History e) {
    String opener = "-- " + e.room() + " was numbered anew: you may have missed lines; ";
    int n = e.lines().size();
    return opener + (n == 0 ? "it has no lines now --" : n == 1 ? "its last line follows --"
        : "its last " + n + " lines follow --");
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

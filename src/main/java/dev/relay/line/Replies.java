package dev.relay.line;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.Rank;
import dev.relay.bus.SharedFile;
import dev.relay.chat.RoomCount;
import java.util.ArrayList;
import java.util.List;

/**
 * Every line the server writes, in one place so that the wording matches docs/PROTOCOL.md. Notices start
 * with {@code "* "}, errors with {@code "! "}; lines carry no line ending here.
 */
public final class Replies {

  public static final String ALIAS_PROMPT = "alias?";
  public static final String GOODBYE = "* Goodbye";
  /** Without the leading "! ", as the file service words its refusals. */
  public static final String UPLOADS_OFF = "uploads are turned off";
  private static final int LIST_LINE_CHARS = 400;

  private Replies() {
  }

  /** The line protocol's lines for a chat event. */
  public static List<String> of(ChatEvent event) {
    if (event instanceof ChatEvent.Said e) {
      return List.of(chat(e.alias(), e.text()));
    } else if (event instanceof ChatEvent.Acted e) {
      return List.of(action(e.alias(), e.action()));
    } else if (event instanceof ChatEvent.Shared e) {
      return List.of(action(e.alias(), e.text()));
    } else if (event instanceof ChatEvent.UploadGranted e) {
      return uploadGranted(e);
    } else if (event instanceof ChatEvent.Noticed e) {
      return List.of(notice(e.alias(), e.text()));
    } else if (event instanceof ChatEvent.Joined e) {
      return List.of(joined(e.alias(), e.room()));
    } else if (event instanceof ChatEvent.Left e) {
      return List.of(left(e.alias(), e.room(), e.reason()));
    } else if (event instanceof ChatEvent.Quit e) {
      return List.of(left(e.alias(), e.room(), e.reason()));
    } else if (event instanceof ChatEvent.Renamed e) {
      return List.of(renamed(e.oldAlias(), e.newAlias()));
    } else if (event instanceof ChatEvent.Welcome e) {
      return List.of(welcome(e.alias(), e.room()));
    } else if (event instanceof ChatEvent.EnteredRoom e) {
      return List.of(nowInRoom(e.room()));
    } else if (event instanceof ChatEvent.PrivateMessage e) {
      return List.of(privateMessage(e.from(), e.text()));
    } else if (event instanceof ChatEvent.PrivateMessageSent e) {
      return List.of(privateMessageSent(e.to(), e.text()));
    } else if (event instanceof ChatEvent.Members e) {
      return who(e.room(), e.aliases());
    } else if (event instanceof ChatEvent.Rooms e) {
      return rooms(e.rooms());
    } else if (event instanceof ChatEvent.Profile e) {
      return List.of(profile(e));
    } else if (event instanceof ChatEvent.Refused e) {
      return List.of(refusal(e.refusal(), e.subject()));
    } else if (event instanceof ChatEvent.Pong e) {
      return List.of("* pong " + e.token());
    } else if (event instanceof ChatEvent.Disconnected e) {
      return List.of(ModerationReplies.disconnected(e));
    } else if (event instanceof ChatEvent.Killed e) {
      return List.of(ModerationReplies.killed(e));
    } else if (event instanceof ChatEvent.NotAllowed e) {
      return List.of(ModerationReplies.notAllowed(e.command(), e.needed()));
    } else if (event instanceof ChatEvent.Outranked e) {
      return List.of(ModerationReplies.outranked(e.alias()));
    } else if (event instanceof ChatEvent.Goodbye) {
      return List.of(GOODBYE);
    }
    List<String> rules = RoomReplies.of(event);
    if (rules != null) {
      return rules;
    }
    List<String> history = HistoryReplies.of(event);
    if (history != null) {
      return history;
    }
    throw new IllegalArgumentException("no line-protocol form for " + event);
  }

  private static String refusal(ChatEvent.Refusal refusal, String subject) {
    return switch (refusal) {
      case ALIAS_TAKEN -> aliasTaken(subject);
      case ALIAS_REGISTERED -> AccountReplies.aliasRegistered(subject);
      case GUESTS_UNWELCOME -> AccountReplies.UNAVAILABLE;
      case LOGGED_IN -> AccountReplies.aliasIsAccount(subject);
      case ALIAS_UNAVAILABLE -> aliasUnavailable();
      case ALIAS_LOST_IN_SPLIT -> aliasLostInSplit(subject);
      case ALREADY_KNOWN_AS -> alreadyKnownAs(subject);
      case ALREADY_IN_ROOM -> alreadyInRoom(subject);
      case NO_SUCH_ALIAS -> noSuchAlias(subject);
      case NO_SUCH_ROOM -> "! no such room: " + subject;
      case NOT_IN_ROOM, CANNOT_SEND_TO_ROOM -> "! you are not in " + subject;
      case HISTORY_OFF -> HistoryReplies.historyOff(subject);
      case HISTORY_THROTTLED -> HistoryReplies.throttled();
      case MAILBOX_FULL -> HistoryReplies.mailboxFull(subject);
      default -> RoomReplies.refusal(refusal, subject);
    };
  }

  public static String ids(boolean on) {
    return on ? "* room lines now show their ids" : "* room lines no longer show their ids";
  }

  public static String welcome(String alias, String room) {
    return "* You are now connected as " + alias + " in room " + room + ". Type /help for commands.";
  }

  public static String chat(String alias, String text) {
    return alias + ": " + text;
  }

  static String notYourFile(String id) {
    return "! no file " + id + " of yours";
  }

  /** The first line of a history block: what it holds or, resuming, what was missed (docs/PROTOCOL.md 11). */
  public static String historySummary(ChatEvent.History e) {
    return HistoryReplies.summary(e);
  }

  /** The last line of a history block that lists lines. */
  public static String historyEnd(ChatEvent.History e) {
    return HistoryReplies.end(e);
  }

  /** {@code /upload}'s answer (docs/PROTOCOL.md 13): the token, and how to use it. */
  static List<String> uploadGranted(ChatEvent.UploadGranted e) {
    return List.of("* upload token " + e.token() + " for " + e.url() + " (valid " + e.validSeconds() + " s, files up to "
            + SharedFile.sizeText(e.maxBytes()) + ")",
        "* e.g. curl -H 'Authorization: Bearer " + e.token() + "' --data-binary @cat.png " + e.url()
            + "/cat.png; then /share ID");
  }

  public static String action(String alias, String action) {
    return "* " + alias + " " + action;
  }

  /** A notice, as IRC clients show one. */
  public static String notice(String alias, String text) {
    return "-" + alias + "- " + text;
  }

  private static String profile(ChatEvent.Profile profile) {
    if (!profile.online()) {
      return noSuchAlias(profile.alias());
    }
    return "* " + profile.alias() + (profile.rooms().isEmpty() ? " is in no room" : " is in " + String.join(", ",
        profile.rooms()));
  }

  public static String joined(String alias, String room) {
    return "* " + alias + " has joined " + room;
  }

  public static String left(String alias, String room, String reason) {
    return "* " + alias + " has left " + room + (reason.isEmpty() ? "" : " (" + reason + ")");
  }

  public static String renamed(String oldAlias, String newAlias) {
    return "* " + oldAlias + " is now known as " + newAlias;
  }

  public static String nowInRoom(String room) {
    return "* You are now in room " + room;
  }

  public static String privateMessage(String sender, String text) {
    return "[pm] " + sender + ": " + text;
  }

  public static String privateMessageSent(String recipient, String text) {
    return "* pm to " + recipient + ": " + text;
  }

  /** {@code /who}: a count line, then the aliases a few dozen to a line. */
  public static List<String> who(String room, List<String> aliases) {
    List<String> lines = new ArrayList<>();
    lines.add("* " + aliases.size() + (aliases.size() == 1 ? " member" : " members") + " in " + room + ":");
    StringBuilder line = new StringBuilder("*   ");
    for (String alias : aliases) {
      if (line.length() > 4 && line.length() + alias.length() > LIST_LINE_CHARS) {
        lines.add(line.toString());
        line.setLength(0);
        line.append("*   ");
      }
      line.append(line.length() > 4 ? ", " : "").append(alias);
    }
    if (line.length() > 4) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** {@code /rooms}: a count line, then one line per room. */
  public static List<String> rooms(List<RoomCount> rooms) {
    List<String> lines = new ArrayList<>();
    lines.add("* " + rooms.size() + (rooms.size() == 1 ? " room:" : " rooms:"));
    for (RoomCount room : rooms) {
      lines.add("*   " + room.name() + " (" + room.members() + (room.members() == 1 ? " member)" : " members)"));
    }
    return lines;
  }

  /** The commands a member of {@code rank} may use. */
  public static List<String> help(Rank rank) {
    List<String> lines = new ArrayList<>();
    lines.add("* Commands (anything else is said to your room; start a line with // to say a leading /):");
    for (CommandSpec spec : CommandTable.specs()) {
      if (rank.atLeast(spec.rank())) {
        lines.add("*   " + String.format("%-18s %s", spec.usage(), spec.summary()));
      }
    }
    return lines;
  }

  public static String aliasTaken(String alias) {
    return "! alias taken: " + alias;
  }

  public static String aliasUnavailable() {
    return "! aliases cannot be checked right now, try again";
  }

  public static String aliasLostInSplit(String alias) {
    return "! alias " + alias + " was taken on the other side of a network split; reconnect with another";
  }

  public static String shuttingDown() {
    return "* server shutting down, please reconnect";
  }

  public static String emptyAlias() {
    return "! an alias cannot be empty";
  }

  public static String invalidAlias(String problem) {
    return "! invalid alias: " + problem;
  }

  public static String invalidRoom(String problem) {
    return "! invalid room: " + problem;
  }

  public static String alreadyInRoom(String room) {
    return "! you are already in " + room;
  }

  public static String alreadyKnownAs(String alias) {
    return "! you are already " + alias;
  }

  public static String noSuchAlias(String alias) {
    return "! no such alias: " + alias;
  }

  public static String unknownCommand(String word) {
    return "! unknown command /" + word + " (try /help)";
  }

  public static String usage(CommandSpec spec) {
    return "! usage: " + spec.usage();
  }

  public static String aliasFirst() {
    return "! choose an alias first";
  }

  public static String lineTooLong(int limit) {
    return "! line too long (over " + limit + " bytes), discarded";
  }

  public static String invalidUtf8() {
    return "! invalid UTF-8, line discarded";
  }

  public static String badText(String problem) {
    return "! " + problem + ", line discarded";
  }

  public static String handshakeTimeout(int seconds) {
    return "! no alias chosen within " + seconds + " s, disconnecting";
  }

  public static String slowConsumer(int limit) {
    return "! too much unread output (over " + limit + " bytes), disconnecting";
  }
}

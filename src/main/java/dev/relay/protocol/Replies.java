package dev.relay.protocol;

import java.util.ArrayList;
import java.util.List;

/**
 * Every line the server writes, in one place so that the wording matches docs/PROTOCOL.md. Notices start
 * with {@code "* "}, errors with {@code "! "}; lines carry no line ending here.
 */
public final class Replies {

  public static final String ALIAS_PROMPT = "alias?";
  public static final String GOODBYE = "* Goodbye";
  private static final int LIST_LINE_CHARS = 400;

  private Replies() {
  }

  public static String welcome(String alias, String room) {
    return "* You are now connected as " + alias + " in room " + room + ". Type /help for commands.";
  }

  public static String chat(String alias, String text) {
    return alias + ": " + text;
  }

  public static String action(String alias, String action) {
    return "* " + alias + " " + action;
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

  public static List<String> help() {
    List<String> lines = new ArrayList<>();
    lines.add("* Commands (anything else is said to your room; start a line with // to say a leading /):");
    for (CommandSpec spec : CommandTable.specs()) {
      lines.add("*   " + String.format("%-18s %s", spec.usage(), spec.summary()));
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

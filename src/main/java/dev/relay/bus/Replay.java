package dev.relay.bus;

/** Why a member is given lines from a room's history. */
public enum Replay {
  /** It entered the room: the room's last lines. */
  JOINED,
  /** It asked for them ({@code /history}, IRC's {@code CHATHISTORY}). */
  ASKED,
  /** It came back and said which line it saw last: the lines it missed. */
  RESUMED,
  /**
   * It came back naming a line past the room's last: the room's numbering started again (its lines were lost, with a
   * server that kept them in memory only); the room's last lines, and it may have missed others.
   */
  RENUMBERED
}

package dev.relay.bus;

/** Why a member is given lines from a room's history. */
public enum Replay {
  /** It entered the room: the room's last lines. */
  JOINED,
  /** It asked for them ({@code /history}, IRC's {@code CHATHISTORY}). */
  ASKED,
  /** It came back and said which line it saw last: the lines it missed. */
  RESUMED
}

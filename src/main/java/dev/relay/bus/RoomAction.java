package dev.relay.bus;

import java.time.Duration;
import java.util.List;

/**
 * What a member asks to be done to a room, or to the whole chat, on its behalf: carried by
 * {@link HubRequest.Moderate}, whose rank the hub checks. Aliases are as typed; reasons may be empty.
 */
public sealed interface RoomAction {

  /** Register the room to the member's account: it becomes its owner, and the room's settings outlive it. */
  record Register() implements RoomAction {
  }

  /** Set the topic; an empty one clears it. */
  record SetTopic(String topic) implements RoomAction {
  }

  /** Grant ({@code on}) or take back a rank below owner. */
  record Grant(String alias, RoomRank rank, boolean on) implements RoomAction {
  }

  /** Out of the room (a line-protocol member back to the lobby). */
  record Kick(String alias, String reason) implements RoomAction {
  }

  /** A ban or a mute for {@code duration}, or for good when it is null. */
  record Sanction(SanctionKind kind, SanctionTarget target, Duration duration, String reason) implements RoomAction {
  }

  /** Lift every sanction of the kind on the target. */
  record Lift(SanctionKind kind, SanctionTarget target) implements RoomAction {
  }

  /** A flag on or off ({@code value} "on" or "off"), a key (empty: none) or a limit (empty: none). */
  record SetMode(RoomMode mode, String value) implements RoomAction {
  }

  /** Several settings at once, in order: one change for the room to hear (IRC's {@code MODE #dev -int}). */
  record SetModes(List<SetMode> modes) implements RoomAction {
    public SetModes {
      modes = List.copyOf(modes);
    }
  }

  /** Let {@code alias} into the room while it is invite-only. */
  record Invite(String alias) implements RoomAction {
  }

  /** Text for every member of the chat (server-wide only). */
  record Announce(String text) implements RoomAction {
  }

  /** Forget what was said in the room (its owner's). */
  record ClearHistory() implements RoomAction {
  }
}

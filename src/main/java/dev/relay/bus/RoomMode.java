package dev.relay.bus;

import java.util.Optional;

/** A setting of a room that its operators change ({@code /room NAME on|off|VALUE}; IRC's channel modes). */
public enum RoomMode {
  /** Only voiced members and operators speak. */
  MODERATED,
  /** Only invited members (and operators) join. */
  INVITE_ONLY,
  /** Joining needs the room's key. */
  KEY,
  /** At most this many members. */
  LIMIT,
  /** Left out of room lists for those not in it. */
  SECRET,
  /** Only operators set the topic. */
  TOPIC_LOCK,
  /** Only members speak to the room (IRC's +n; off lets anyone send to it). */
  NO_EXTERNAL,
  /** The room keeps what is said (on by default; its owner turns it off). */
  HISTORY;

  /** {@code moderated}, {@code invite-only}, {@code key}, {@code limit}, {@code secret}, {@code topic-lock}, ... */
  public String wire() {
    return WireNames.of(this).replace('_', '-');
  }

  public static Optional<RoomMode> parse(String text) {
    return WireNames.parse(RoomMode.class, text.replace('-', '_'));
  }

  /** Whether the mode is on or off rather than holding a value. */
  public boolean flag() {
    return this != KEY && this != LIMIT;
  }
}

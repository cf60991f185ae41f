package dev.relay.bus;

import java.util.ArrayList;
import java.util.List;

/**
 * A room's settings besides its topic. A new room is open to all, its topic set by operators only, spoken to by its
 * members only.
 *
 * @param joinKey     the key a member must give to join, or null for none
 * @param memberLimit how many members may be in the room at once, or null for no limit
 * @param history     whether the room keeps what is said (its owner's choice)
 */
public record RoomModes(boolean moderated, boolean inviteOnly, boolean secret, boolean topicLock, boolean noExternal,
    String joinKey, Integer memberLimit, boolean history) {

  public static final RoomModes DEFAULT = new RoomModes(false, false, false, true, true, null, null, true);

  /** Settings of a room that keeps its history. */
  public RoomModes(boolean moderated, boolean inviteOnly, boolean secret, boolean topicLock, boolean noExternal,
      String joinKey, Integer memberLimit) {
    this(moderated, inviteOnly, secret, topicLock, noExternal, joinKey, memberLimit, true);
  }

  /** The flag {@code mode} is; for a key or a limit, whether one is set. */
  public boolean has(RoomMode mode) {
    return switch (mode) {
      case MODERATED -> moderated;
      case INVITE_ONLY -> inviteOnly;
      case SECRET -> secret;
      case TOPIC_LOCK -> topicLock;
      case NO_EXTERNAL -> noExternal;
      case HISTORY -> history;
      case KEY -> joinKey != null;
      case LIMIT -> memberLimit != null;
    };
  }

  /** With the flag {@code mode} on or off. */
  public RoomModes with(RoomMode mode, boolean on) {
    return switch (mode) {
      case MODERATED -> new RoomModes(on, inviteOnly, secret, topicLock, noExternal, joinKey, memberLimit, history);
      case INVITE_ONLY -> new RoomModes(moderated, on, secret, topicLock, noExternal, joinKey, memberLimit, history);
      case SECRET -> new RoomModes(moderated, inviteOnly, on, topicLock, noExternal, joinKey, memberLimit, history);
      case TOPIC_LOCK -> new RoomModes(moderated, inviteOnly, secret, on, noExternal, joinKey, memberLimit, history);
      case NO_EXTERNAL -> new RoomModes(moderated, inviteOnly, secret, topicLock, on, joinKey, memberLimit, history);
      case HISTORY -> new RoomModes(moderated, inviteOnly, secret, topicLock, noExternal, joinKey, memberLimit, on);
      case KEY -> on ? this : withKey(null);
      case LIMIT -> on ? this : withLimit(null);
    };
  }

  public RoomModes withKey(String key) {
    return new RoomModes(moderated, inviteOnly, secret, topicLock, noExternal, key, memberLimit, history);
  }

  public RoomModes withLimit(Integer limit) {
    return new RoomModes(moderated, inviteOnly, secret, topicLock, noExternal, joinKey, limit, history);
  }

  /** The modes that are on, in {@link RoomMode} order. */
  public List<RoomMode> on() {
    List<RoomMode> on = new ArrayList<>();
    for (RoomMode mode : RoomMode.values()) {
      if (has(mode)) {
        on.add(mode);
      }
    }
    return on;
  }
}

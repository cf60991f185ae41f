package dev.relay.irc;

import dev.relay.chat.Names;
import java.time.Instant;

/**
 * The {@code msgid} tag of a room line (IRCv3 message-ids, docs/IRC.md 10): {@code <room key>:<seq>:<at>}, the
 * room's key, the line's place in the room's one order and the instant it was accepted (UTC milliseconds since the
 * epoch), as in {@code dev:42:1796047795123}. The same on every instance, so a client may quote it to any of them,
 * and parsed back into the room and the line by {@code CHATHISTORY}. The time is there because a room's numbering
 * can start over when none of its lines is kept any more (history off, or everything expired): with it, an id is
 * never given to two lines. A line too long for one IRC line goes out in pieces; the second and later pieces add
 * {@code :<n>} ({@code dev:42:1796047795123:2}), so that no two IRC messages share an id. Room keys hold no
 * {@code :}, and no character a tag value must escape.
 */
final class MessageIds {

  /** The line a msgid names. */
  record Ref(String roomKey, long seq) {
  }

  private MessageIds() {
  }

  /** The id of piece {@code piece} (1: the first or only one) of the line {@code seq} of the room {@code roomKey}. */
  static String of(String roomKey, long seq, Instant at, int piece) {
    String id = roomKey + ':' + seq + ':' + at.toEpochMilli();
    return piece <= 1 ? id : id + ':' + piece;
  }

  /** The line {@code msgid} names, or null when it is not one of Relay's. */
  static Ref parse(String msgid) {
    String[] parts = msgid.split(":", -1);
    if (parts.length < 3 || parts.length > 4 || Names.roomProblem(parts[0]).isPresent()
        || !parts[0].equals(Names.key(parts[0]))) {
      return null;
    }
    try {
      long seq = Long.parseLong(parts[1]);
      long at = Long.parseLong(parts[2]);
      int piece = parts.length == 4 ? Integer.parseInt(parts[3]) : 2;
      return seq > 0 && at >= 0 && piece >= 2 ? new Ref(parts[0], seq) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }
}

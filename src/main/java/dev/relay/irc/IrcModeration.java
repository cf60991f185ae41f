package dev.relay.irc;

import dev.relay.bus.ChatEvent;
import io.vertx.core.buffer.Buffer;
import java.util.Locale;

/** Moderation's events as IRC words: a kill's ERROR and NOTICE, refusals as 481. */
final class IrcModeration {

  private IrcModeration() {
  }

  /** Appends {@code event} to {@code out} when it is a moderation event; returns whether it was. */
  static boolean render(IrcSession session, ChatEvent event, Buffer out) {
    String nick = session.nickOrStar();
    if (event instanceof ChatEvent.Disconnected e) {
      out.appendBuffer(IrcSession.error("Closing Link: " + session.server() + " (Killed by " + e.by()
          + because(e.reason()) + ")"));
    } else if (event instanceof ChatEvent.Killed e) {
      IrcWire.append(out, IrcWire.line(session.server(), "NOTICE", nick,
          e.alias() + " was disconnected by " + e.by() + because(e.reason())));
    } else if (event instanceof ChatEvent.NotAllowed e) {
      IrcReplies.append(out, session.server(), nick, IrcReplies.ERR_NOPRIVILEGES,
          "Permission Denied- " + e.command().toUpperCase(Locale.ROOT) + " needs the " + e.needed().wire()
              + " role");
    } else if (event instanceof ChatEvent.Outranked e) {
      IrcReplies.append(out, session.server(), nick, IrcReplies.ERR_NOPRIVILEGES,
          "Permission Denied- " + e.alias() + " is not of a lower rank than you");
    } else {
      return false;
    }
    return true;
  }

  private static String because(String reason) {
    return reason.isEmpty() ? "" : ": " + reason;
  }
}

package dev.relay.irc;

import dev.relay.bus.ChatEvent;
import io.vertx.core.buffer.Buffer;

/** The hub's refusals as IRC's error numerics, or as nothing where IRC answers nothing. */
final class IrcRefusals {

  private IrcRefusals() {
  }

  static void render(IrcSession session, ChatEvent.Refused refused, Buffer out) {
    String nick = session.nickOrStar();
    String subject = refused.subject();
    switch (refused.refusal()) {
      case ALIAS_TAKEN -> numeric(out, session.server(), nick, IrcReplies.ERR_NICKNAMEINUSE, subject, "Nickname is already in use");
      case ALIAS_REGISTERED -> numeric(out, session.server(), nick, IrcReplies.ERR_NICKNAMEINUSE, subject,
          "Nickname is registered: log in with SASL or PASS");
      case LOGGED_IN -> numeric(out, session.server(), nick, IrcReplies.ERR_ERRONEUSNICKNAME, nick,
          "You are logged in as " + subject + ": your nick is your account");
      case GUESTS_UNWELCOME -> IrcWire.append(out, IrcWire.line(session.server(), "NOTICE", nick,
          "Accounts are unavailable, try again later"));
      case ALIAS_UNAVAILABLE -> IrcWire.append(out, IrcWire.line(session.server(), "NOTICE", nick,
          "Nicknames cannot be checked right now, try again"));
      case ALIAS_LOST_IN_SPLIT -> out.appendBuffer(IrcSession.error("Closing Link: " + session.server() + " (Nick "
          + subject + " was taken on the other side of a network split; reconnect with another)"));
      case ALREADY_KNOWN_AS -> {
      }
      case ALREADY_IN_ROOM -> alreadyIn(session, subject, out);
      case NO_SUCH_ALIAS -> numeric(out, session.server(), nick, IrcReplies.ERR_NOSUCHNICK, subject, "No such nick/channel");
      case NO_SUCH_ROOM -> numeric(out, session.server(), nick, IrcReplies.ERR_NOSUCHCHANNEL, IrcDialect.channel(subject),
          "No such channel");
      case NOT_IN_ROOM -> numeric(out, session.server(), nick, IrcReplies.ERR_NOTONCHANNEL, IrcDialect.channel(subject),
          "You're not on that channel");
      case CANNOT_SEND_TO_ROOM -> numeric(out, session.server(), nick, IrcReplies.ERR_CANNOTSENDTOCHAN, IrcDialect.channel(subject),
          "Cannot send to channel");
      case MODERATED -> numeric(out, session.server(), nick, IrcReplies.ERR_CANNOTSENDTOCHAN,
          IrcDialect.channel(subject), "Cannot send to channel (+m)");
      case INVITE_ONLY -> joinRefused(session, out, IrcReplies.ERR_INVITEONLYCHAN, subject, "(+i)");
      case BAD_KEY -> joinRefused(session, out, IrcReplies.ERR_BADCHANNELKEY, subject, "(+k)");
      case ROOM_FULL -> joinRefused(session, out, IrcReplies.ERR_CHANNELISFULL, subject, "(+l)");
      case LOBBY -> numeric(out, session.server(), nick, IrcReplies.ERR_CHANOPRIVSNEEDED, IrcDialect.channel(subject),
          "This channel belongs to everyone: its modes cannot be changed");
      case NO_SUCH_SANCTION -> notice(out, session, "No such ban: " + subject);
      case STORE_UNAVAILABLE -> notice(out, session, "The change could not be stored: nothing changed, try again");
      case ROOM_REGISTERED -> notice(out, session, IrcDialect.channel(subject) + " is registered already");
      case ACCOUNT_NEEDED -> notice(out, session, "Registering a channel needs an account");
      case HISTORY_OFF -> notice(out, session, IrcDialect.channel(subject) + " keeps no history");
      case HISTORY_THROTTLED -> notice(out, session, "Too many history requests: try again in a moment");
      case MAILBOX_FULL -> notice(out, session, subject + " is not connected and has as many messages waiting as"
          + " they may: yours was not kept");
    }
  }

  /** Inviting someone who is in the channel already, or (a race) joining a channel the client is in. */
  private static void alreadyIn(IrcSession session, String subject, Buffer out) {
    String channel = session.roomReplies().invitedTo(subject);
    if (channel != null) {
      numeric(out, session.server(), session.nickOrStar(), IrcReplies.ERR_USERONCHANNEL, subject, channel,
          "is already on channel");
    } else {
      session.listings().joinRefused();
    }
  }

  private static void joinRefused(IrcSession session, Buffer out, String numeric, String room, String mode) {
    session.listings().joinRefused();
    numeric(out, session.server(), session.nickOrStar(), numeric, IrcDialect.channel(room),
        "Cannot join channel " + mode);
  }

  private static void notice(Buffer out, IrcSession session, String text) {
    IrcWire.append(out, IrcWire.line(session.server(), "NOTICE", session.nickOrStar(), text));
  }

  private static void numeric(Buffer out, String server, String nick, String numeric, String... params) {
    IrcReplies.append(out, server, nick, numeric, params);
  }
}

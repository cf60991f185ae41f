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
      case ALREADY_IN_ROOM -> session.listings().joinRefused();
      case NO_SUCH_ALIAS -> numeric(out, session.server(), nick, IrcReplies.ERR_NOSUCHNICK, subject, "No such nick/channel");
      case NO_SUCH_ROOM -> numeric(out, session.server(), nick, IrcReplies.ERR_NOSUCHCHANNEL, IrcDialect.channel(subject),
          "No such channel");
      case NOT_IN_ROOM -> numeric(out, session.server(), nick, IrcReplies.ERR_NOTONCHANNEL, IrcDialect.channel(subject),
          "You're not on that channel");
      case CANNOT_SEND_TO_ROOM -> numeric(out, session.server(), nick, IrcReplies.ERR_CANNOTSENDTOCHAN, IrcDialect.channel(subject),
          "Cannot send to channel");
    }
  }

  private static void numeric(Buffer out, String server, String nick, String numeric, String... params) {
    IrcReplies.append(out, server, nick, numeric, params);
  }
}

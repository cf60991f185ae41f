package dev.relay.irc;

import dev.relay.bus.HubRequest;
import dev.relay.chat.Names;
import io.vertx.core.buffer.Buffer;
import java.util.List;

/** NICK, PING, WHOIS, AWAY, MOTD, VERSION and USERHOST: the commands about the client and the server. */
final class ServerCommands {

  private ServerCommands() {
  }

  /** Before registration part of it; after, a rename, which the rooms hear of as {@code NICK}. */
  static void nick(IrcSession session, IrcMessage message) {
    if (!session.registered()) {
      session.registration().nick(message);
      return;
    }
    String nick = IrcRegistration.validNick(session, message);
    if (nick != null && !nick.equals(session.nick())) {
      session.toHub(new HubRequest.Rename(session.id(), nick));
    }
  }

  /**
   * After registration through the hub, so that the PONG comes after everything the client's earlier commands
   * caused: clients (and irctest) use PING to wait for that.
   */
  static void ping(IrcSession session, IrcMessage message) {
    if (message.params().isEmpty()) {
      session.reply(IrcReplies.ERR_NOORIGIN, "No origin specified");
      return;
    }
    if (session.registered()) {
      session.toHub(new HubRequest.Ping(session.id(), message.param(0)));
    } else {
      session.send(IrcWire.withText(session.server(), "PONG", List.of(session.server()), message.param(0)));
    }
  }

  static void whois(IrcSession session, IrcMessage message) {
    String nick = message.param(message.params().size() > 1 ? 1 : 0).split(",")[0];
    if (Names.aliasProblem(nick).isPresent()) {
      session.reply(IrcReplies.ERR_NOSUCHNICK, nick, "No such nick/channel");
      session.reply(IrcReplies.RPL_ENDOFWHOIS, nick, "End of /WHOIS list");
    } else {
      session.listings().whois(nick);
    }
  }

  /** {@code KILL nick [:reason]}: a moderator disconnects a member of a lower rank, on any instance. */
  static void kill(IrcSession session, IrcMessage message) {
    session.toHub(new HubRequest.Kill(session.id(), message.param(0), message.param(1, "")));
  }

  /** Shown to everyone in the chat: WHO's {@code G}, WHOIS's 301. */
  static void away(IrcSession session, IrcMessage message) {
    String text = message.param(0, "");
    if (text.length() > IrcReplies.AWAY_LENGTH) {
      text = text.substring(0, IrcReplies.AWAY_LENGTH);
    }
    session.setAway(text.isEmpty() ? null : text);
    session.toHub(new HubRequest.Away(session.id(), text));
    if (text.isEmpty()) {
      session.reply(IrcReplies.RPL_UNAWAY, "You are no longer marked as being away");
    } else {
      session.reply(IrcReplies.RPL_NOWAWAY, "You have been marked as being away");
    }
  }

  static void motd(IrcSession session, IrcMessage message) {
    Buffer out = Buffer.buffer();
    session.registration().motd(session.nick(), out);
    session.connection().deliver(out);
  }

  static void version(IrcSession session, IrcMessage message) {
    session.reply(IrcReplies.RPL_VERSION, IrcReplies.VERSION, session.server(), "Relay IRC gateway");
  }

  /** Only the client's own nick is answered: Relay shows every member as {@code nick!nick@relay} anyway. */
  static void userhost(IrcSession session, IrcMessage message) {
    StringBuilder reply = new StringBuilder();
    for (String nick : message.params()) {
      if (nick.equalsIgnoreCase(session.nick())) {
        reply.append(reply.length() > 0 ? " " : "").append(session.nick()).append(session.away() == null ? "=+" : "=-")
            .append(session.nick()).append('@').append(IrcReplies.HOST);
      }
    }
    session.reply(IrcReplies.RPL_USERHOST, reply.toString());
  }
}

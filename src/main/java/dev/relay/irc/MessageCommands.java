package dev.relay.irc;

import dev.relay.bus.HubRequest;
import dev.relay.chat.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * PRIVMSG and NOTICE, to channels and nicks. The text loses its IRC formatting ({@link IrcText}); a CTCP ACTION
 * is an action (in a channel: Relay's {@code /me}). A NOTICE is never answered with an error, as RFC 2812 asks.
 */
final class MessageCommands {

  private MessageCommands() {
  }

  static void send(IrcSession session, IrcMessage message, boolean notice) {
    String command = notice ? "NOTICE" : "PRIVMSG";
    if (message.params().isEmpty() || message.param(0).isEmpty()) {
      complain(session, notice, IrcReplies.ERR_NORECIPIENT, "No recipient given (" + command + ")");
      return;
    }
    if (message.params().size() < 2 || message.param(1).isEmpty()) {
      complain(session, notice, IrcReplies.ERR_NOTEXTTOSEND, "No text to send");
      return;
    }
    List<String> targets = targets(message.param(0));
    if (targets.size() > IrcReplies.MAX_TARGETS) {
      complain(session, notice, IrcReplies.ERR_TOOMANYTARGETS, message.param(0), "Too many targets");
      return;
    }
    IrcText.Parsed text = IrcText.parse(message.param(1));
    for (String target : targets) {
      if (target.startsWith("#")) {
        toChannel(session, target, text, notice);
      } else {
        toNick(session, target, text, notice);
      }
    }
  }

  private static void toChannel(IrcSession session, String channel, IrcText.Parsed text, boolean notice) {
    String room = Channels.roomOf(channel);
    if (room == null) {
      complain(session, notice, IrcReplies.ERR_NOSUCHCHANNEL, channel, "No such channel");
      return;
    }
    String key = Names.key(room);
    if (text instanceof IrcText.Text said) {
      session.connection().metrics().messageReceived();
      session.toHub(notice ? new HubRequest.Notice(session.id(), key, said.text())
          : new HubRequest.Say(session.id(), key, said.text()));
    } else if (text instanceof IrcText.Action action) {
      session.connection().metrics().messageReceived();
      session.toHub(new HubRequest.Act(session.id(), key, action.action()));
    }
  }

  /** A private action reads, to a client of any dialect, as the line that names who acts. */
  private static void toNick(IrcSession session, String nick, IrcText.Parsed text, boolean notice) {
    if (Names.aliasProblem(nick).isPresent()) {
      complain(session, notice, IrcReplies.ERR_NOSUCHNICK, nick, "No such nick/channel");
      return;
    }
    String words = text instanceof IrcText.Text said ? said.text()
        : text instanceof IrcText.Action action ? "* " + session.nick() + " " + action.action() : null;
    if (words != null) {
      session.toHub(new HubRequest.Whisper(session.id(), nick, words, notice));
    }
  }

  /**
   * {@code TAGMSG}, which {@code message-tags} brings: every client-only tag is denied ({@code CLIENTTAGDENY=*}), so
   * nothing is left to deliver and it is dropped, as the specification allows. Without the capability it is unknown.
   */
  static void tagmsg(IrcSession session, IrcMessage message) {
    if (!session.has(IrcCapability.MESSAGE_TAGS)) {
      session.reply(IrcReplies.ERR_UNKNOWNCOMMAND, message.command(), "Unknown command");
    }
  }

  private static List<String> targets(String param) {
    List<String> targets = new ArrayList<>();
    for (String target : param.split(",")) {
      if (!target.isEmpty()) {
        targets.add(target);
      }
    }
    return targets;
  }

  private static void complain(IrcSession session, boolean notice, String numeric, String... params) {
    if (!notice) {
      session.reply(numeric, params);
    }
  }
}

package dev.relay.irc;

import java.util.Map;

/**
 * The IRC gateway's command table: each command's least number of parameters, whether it is allowed before
 * registration, and its handler. Dispatch answers the common errors (451, 461, 421) from the table.
 */
final class IrcCommands {

  @FunctionalInterface
  interface Handler {
    void handle(IrcSession session, IrcMessage message);
  }

  record Spec(int minParams, boolean beforeRegistration, Handler handler) {
  }

  private static final Map<String, Spec> TABLE = Map.ofEntries(
      Map.entry("CAP", new Spec(1, true, (s, m) -> s.registration().cap(m))),
      Map.entry("PASS", new Spec(1, true, (s, m) -> s.registration().pass(m))),
      Map.entry("AUTHENTICATE", new Spec(1, true, (s, m) -> s.login().authenticate(m))),
      Map.entry("NICK", new Spec(0, true, ServerCommands::nick)),
      Map.entry("USER", new Spec(4, true, (s, m) -> s.registration().user(m))),
      Map.entry("PING", new Spec(0, true, ServerCommands::ping)),
      Map.entry("PONG", new Spec(0, true, (s, m) -> { })),
      Map.entry("QUIT", new Spec(0, true, (s, m) -> s.quit(m.param(0, "")))),
      Map.entry("JOIN", new Spec(1, false, ChannelCommands::join)),
      Map.entry("PART", new Spec(1, false, ChannelCommands::part)),
      Map.entry("NAMES", new Spec(0, false, ChannelCommands::names)),
      Map.entry("LIST", new Spec(0, false, ChannelCommands::list)),
      Map.entry("TOPIC", new Spec(1, false, ChannelRuleCommands::topic)),
      Map.entry("KICK", new Spec(2, false, ChannelRuleCommands::kick)),
      Map.entry("INVITE", new Spec(2, false, ChannelRuleCommands::invite)),
      Map.entry("MODE", new Spec(1, false, ModeCommand::mode)),
      Map.entry("PRIVMSG", new Spec(0, false, (s, m) -> MessageCommands.send(s, m, false))),
      Map.entry("NOTICE", new Spec(0, false, (s, m) -> MessageCommands.send(s, m, true))),
      Map.entry("TAGMSG", new Spec(1, false, MessageCommands::tagmsg)),
      Map.entry("CHATHISTORY", new Spec(1, false, (s, m) -> s.history().command(m))),
      Map.entry("WHO", new Spec(0, false,
          (s, m) -> s.listings().who(m.param(0, "*"), Whox.parse(m.param(1, null))))),
      Map.entry("WHOIS", new Spec(1, false, ServerCommands::whois)),
      Map.entry("AWAY", new Spec(0, false, ServerCommands::away)),
      Map.entry("MOTD", new Spec(0, false, ServerCommands::motd)),
      Map.entry("VERSION", new Spec(0, false, ServerCommands::version)),
      Map.entry("USERHOST", new Spec(1, false, ServerCommands::userhost)),
      Map.entry("OPER", new Spec(2, false,
          (s, m) -> s.reply(IrcReplies.ERR_NOOPERHOST, "Relay has no IRC operators"))),
      Map.entry("KILL", new Spec(1, false, ServerCommands::kill)));

  private IrcCommands() {
  }

  static void dispatch(IrcSession session, IrcMessage message) {
    Spec spec = TABLE.get(message.command());
    if (spec == null) {
      if (session.registered()) {
        session.reply(IrcReplies.ERR_UNKNOWNCOMMAND, message.command(), "Unknown command");
      } else {
        session.reply(IrcReplies.ERR_NOTREGISTERED, "You have not registered");
      }
    } else if (!spec.beforeRegistration() && !session.registered()) {
      session.reply(IrcReplies.ERR_NOTREGISTERED, "You have not registered");
    } else if (message.params().size() < spec.minParams()) {
      session.reply(IrcReplies.ERR_NEEDMOREPARAMS, message.command(), "Not enough parameters");
    } else {
      spec.handler().handle(session, message);
    }
  }
}

package dev.relay.irc;

/**
 * MODE, honestly: nobody is a channel operator yet, so a channel's modes read as what every room is ({@code +nt}:
 * only members speak, nobody sets a topic),
 * its lists (bans, exceptions, invitations) as empty, and a change as 482 (472 for a letter no server knows).
 * Every user is invisible ({@code +i}): a WHO mask finds only people who share a channel with the asker.
 */
final class ModeCommand {

  private static final String KNOWN_CHANNEL_MODES = "beIiklmnopstv";

  private ModeCommand() {
  }

  static void mode(IrcSession session, IrcMessage message) {
    String target = message.param(0);
    if (target.startsWith("#")) {
      channel(session, target, message);
    } else {
      user(session, target, message);
    }
  }

  private static void channel(IrcSession session, String channel, IrcMessage message) {
    if (message.params().size() == 1) {
      session.reply(IrcReplies.RPL_CHANNELMODEIS, channel, "+" + IrcReplies.CHANNEL_MODES);
      return;
    }
    String modes = message.param(1);
    String letters = modes.replace("+", "").replace("-", "");
    for (char mode : letters.toCharArray()) {
      if (KNOWN_CHANNEL_MODES.indexOf(mode) < 0) {
        session.reply(IrcReplies.ERR_UNKNOWNMODE, String.valueOf(mode), "is unknown mode char to me");
        return;
      }
    }
    boolean listQuery = message.params().size() == 2 && !modes.startsWith("-") && !letters.isEmpty()
        && letters.chars().allMatch(c -> "beI".indexOf(c) >= 0);
    if (!listQuery) {
      session.reply(IrcReplies.ERR_CHANOPRIVSNEEDED, channel, "You're not a channel operator");
      return;
    }
    for (char list : letters.toCharArray()) {
      switch (list) {
        case 'b' -> session.reply(IrcReplies.RPL_ENDOFBANLIST, channel, "End of channel ban list");
        case 'e' -> session.reply(IrcReplies.RPL_ENDOFEXCEPTLIST, channel, "End of channel exception list");
        default -> session.reply(IrcReplies.RPL_ENDOFINVITELIST, channel, "End of channel invite list");
      }
    }
  }

  private static void user(IrcSession session, String nick, IrcMessage message) {
    if (!nick.equalsIgnoreCase(session.nick())) {
      session.reply(IrcReplies.ERR_USERSDONTMATCH, "Can't change mode for other users");
    } else if (message.params().size() == 1) {
      session.reply(IrcReplies.RPL_UMODEIS, "+i");
    } else if (!message.param(1).equals("+i")) {
      session.reply(IrcReplies.ERR_UMODEUNKNOWNFLAG, "Unknown MODE flag");
    }
  }
}

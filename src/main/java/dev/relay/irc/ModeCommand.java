package dev.relay.irc;

import dev.relay.bus.HubRequest;
import dev.relay.bus.RoomAction;
import dev.relay.chat.Names;
import java.util.ArrayList;
import java.util.List;

/**
 * MODE: a channel's modes are its room's settings, ranks and bans ({@link ChannelModes}); the hub checks who may
 * change them and announces each change to the room, which IRC shows as a MODE line. Every user is invisible
 * ({@code +i}): a WHO mask finds only people who share a channel with the asker.
 */
final class ModeCommand {

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
    String room = Channels.roomOf(channel);
    if (room == null) {
      session.reply(IrcReplies.ERR_NOSUCHCHANNEL, channel, "No such channel");
      return;
    }
    String key = Names.key(room);
    if (message.params().size() == 1) {
      session.toHub(new HubRequest.Modes(session.id(), key));
      return;
    }
    List<RoomAction.SetMode> settings = new ArrayList<>();
    for (ChannelModes.Wanted wanted : ChannelModes.parse(message.param(1),
        message.params().subList(2, message.params().size()))) {
      if (wanted instanceof ChannelModes.Change change && change.action() instanceof RoomAction.SetMode setting) {
        settings.add(setting);
      } else if (wanted instanceof ChannelModes.Change change) {
        session.toHub(new HubRequest.Moderate(session.id(), key, change.action()));
      } else if (wanted instanceof ChannelModes.BanList) {
        session.toHub(new HubRequest.ListSanctions(session.id(), key));
      } else if (wanted instanceof ChannelModes.EmptyList list) {
        session.reply(list.mode() == 'e' ? IrcReplies.RPL_ENDOFEXCEPTLIST : IrcReplies.RPL_ENDOFINVITELIST, channel,
            list.mode() == 'e' ? "End of channel exception list" : "End of channel invite list");
      } else if (wanted instanceof ChannelModes.Unknown unknown) {
        session.reply(IrcReplies.ERR_UNKNOWNMODE, String.valueOf(unknown.mode()), "is unknown mode char to me");
      } else if (wanted instanceof ChannelModes.Invalid invalid) {
        session.reply(IrcReplies.ERR_INVALIDMODEPARAM, channel, String.valueOf(invalid.mode()), invalid.param(),
            invalid.why());
      }
    }
    if (!settings.isEmpty()) {
      // One request for the settings of one MODE line, so that the channel hears them as one MODE line.
      session.toHub(new HubRequest.Moderate(session.id(), key, new RoomAction.SetModes(settings)));
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

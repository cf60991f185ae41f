package dev.relay.irc;

import dev.relay.bus.HubRequest;
import dev.relay.bus.RoomAction;
import dev.relay.chat.Names;

/**
 * TOPIC, KICK and INVITE (docs/IRC.md 6): asked of the hub, which checks the client's rank in the room and answers
 * with the change announced to the room or with why not. MODE is {@link ModeCommand}'s.
 */
final class ChannelRuleCommands {

  private ChannelRuleCommands() {
  }

  /** {@code TOPIC #chan} asks for the topic; {@code TOPIC #chan :text} sets it, and an empty text clears it. */
  static void topic(IrcSession session, IrcMessage message) {
    String key = roomKey(session, message.param(0));
    if (key == null) {
      return;
    }
    if (message.params().size() == 1) {
      session.toHub(new HubRequest.Topic(session.id(), key));
    } else {
      String topic = IrcText.plain(message.param(1));
      session.toHub(new HubRequest.Moderate(session.id(), key, new RoomAction.SetTopic(topic)));
    }
  }

  /** {@code KICK #chan nick [:reason]}: one nick (TARGMAX KICK:1); without a reason the room reads the kicker's nick. */
  static void kick(IrcSession session, IrcMessage message) {
    String key = roomKey(session, message.param(0));
    if (key != null) {
      session.toHub(new HubRequest.Moderate(session.id(), key,
          new RoomAction.Kick(message.param(1), IrcText.plain(message.param(2, "")))));
    }
  }

  /** {@code INVITE nick #chan}. */
  static void invite(IrcSession session, IrcMessage message) {
    String nick = message.param(0);
    String channel = message.param(1);
    String key = roomKey(session, channel);
    if (key == null) {
      return;
    }
    if (Names.aliasProblem(nick).isPresent()) {
      session.reply(IrcReplies.ERR_NOSUCHNICK, nick, "No such nick/channel");
      return;
    }
    session.roomReplies().inviting(nick, channel);
    session.toHub(new HubRequest.Moderate(session.id(), key, new RoomAction.Invite(nick)));
  }

  /** The key of the room {@code channel} names; null, after a 403, when it names none. */
  private static String roomKey(IrcSession session, String channel) {
    String room = Channels.roomOf(channel);
    if (room == null) {
      session.reply(IrcReplies.ERR_NOSUCHCHANNEL, channel, "No such channel");
      return null;
    }
    return Names.key(room);
  }
}

package dev.relay.irc;

import dev.relay.bus.HubRequest;
import dev.relay.chat.Names;
import java.util.ArrayList;

/** JOIN, PART, NAMES and LIST. */
final class ChannelCommands {

  private ChannelCommands() {
  }

  /** {@code JOIN #a,#b [key,key]}, each key for the channel in its place, or {@code JOIN 0} to leave every channel. */
  static void join(IrcSession session, IrcMessage message) {
    if (message.param(0).equals("0")) {
      for (String room : new ArrayList<>(session.channels())) {
        session.toHub(new HubRequest.Part(session.id(), room, ""));
      }
      return;
    }
    String[] channels = message.param(0).split(",");
    String[] keys = message.param(1, "").split(",");
    for (int i = 0; i < channels.length; i++) {
      String channel = channels[i];
      String room = Channels.roomOf(channel);
      if (room == null) {
        session.reply(IrcReplies.ERR_NOSUCHCHANNEL, channel, "No such channel");
      } else if (!session.channels().contains(Names.key(room))) {
        session.listings().joining(channel);
        session.toHub(new HubRequest.Join(session.id(), room, i < keys.length ? keys[i] : ""));
      }
    }
  }

  static void part(IrcSession session, IrcMessage message) {
    String reason = message.param(1, "");
    for (String channel : message.param(0).split(",")) {
      String room = Channels.roomOf(channel);
      if (room == null) {
        session.reply(IrcReplies.ERR_NOSUCHCHANNEL, channel, "No such channel");
      } else {
        session.toHub(new HubRequest.Part(session.id(), Names.key(room), reason));
      }
    }
  }

  /** {@code NAMES #chan}; without a channel, only the end of the list (RFC 2812 allows it). */
  static void names(IrcSession session, IrcMessage message) {
    if (message.params().isEmpty()) {
      session.reply(IrcReplies.RPL_ENDOFNAMES, "*", "End of /NAMES list");
      return;
    }
    String channel = message.param(0).split(",")[0];
    String room = Channels.roomOf(channel);
    if (room == null) {
      session.reply(IrcReplies.RPL_ENDOFNAMES, channel, "End of /NAMES list");
    } else {
      session.listings().names(channel, Names.key(room));
    }
  }

  /** {@code LIST} of every room someone is in, or of those its parameter picks ({@link RoomFilter}). */
  static void list(IrcSession session, IrcMessage message) {
    session.listings().list(RoomFilter.parse(message.param(0, null)));
  }
}

package dev.relay.irc;

import dev.relay.chat.Names;

/** IRC channel {@code #dev} is Relay room {@code dev}; other channel types and invalid room names do not exist. */
final class Channels {

  private Channels() {
  }

  /** The room a channel name stands for, or null when it is not a channel Relay can have. */
  static String roomOf(String channel) {
    if (channel.length() < 2 || channel.charAt(0) != '#') {
      return null;
    }
    String room = channel.substring(1);
    return Names.roomProblem(room).isEmpty() ? room : null;
  }
}

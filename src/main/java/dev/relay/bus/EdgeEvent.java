package dev.relay.bus;

import io.vertx.core.buffer.Buffer;

/**
 * What a hub tells a listener. All of a listener's events come from its hub over one address, so they
 * arrive in the order the hub sent them: a member added by {@link Joined} receives every {@link ToRoom}
 * sent after it and none sent before. Buffers are encoded once by the hub and must not be modified.
 */
public sealed interface EdgeEvent {

  /** An event about one connection of the listener. */
  sealed interface ForConnection extends EdgeEvent {
    long conn();
  }

  /** Write {@code lines}, {@code lineCount} of them, to every member of {@code room} on this listener. */
  record ToRoom(String room, Buffer lines, int lineCount) implements EdgeEvent {
  }

  record ToMember(long conn, Buffer lines) implements ForConnection {
  }

  /** The handshake succeeded: the connection now chats as {@code alias}. */
  record Accepted(long conn, String alias, Buffer lines) implements ForConnection {
  }

  /** The alias was refused: write {@code lines} (the reason and a new prompt) and read the next attempt. */
  record Refused(long conn, Buffer lines) implements ForConnection {
  }

  record Renamed(long conn, String alias) implements ForConnection {
  }

  record Joined(long conn, String room) implements ForConnection {
  }

  record Parted(long conn, String room) implements ForConnection {
  }

  /** Write {@code lines}, then close the connection. */
  record Disconnect(long conn, Buffer lines, DisconnectReason reason) implements ForConnection {
  }
}

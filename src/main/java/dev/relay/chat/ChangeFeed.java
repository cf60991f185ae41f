package dev.relay.chat;

/**
 * Carries the room changes this node makes to every other node of the cluster, in their wire form; the other nodes
 * hand them to {@link Hub#onRoomChange}. A node alone has no one to tell.
 */
@FunctionalInterface
public interface ChangeFeed {

  ChangeFeed NONE = change -> { };

  void publish(String change);
}

package dev.relay.chat;

import java.util.List;

/**
 * Told of the membership changes that end what a member held in a room only while it was there: a rank given to a
 * guest, the ownership of a room it opened. Every node hears every change, so every node's rules follow alike.
 */
interface RoomWatcher {

  /** The member with alias key {@code aliasKey} left the room; {@code emptied}: it was the last one. */
  void left(String roomKey, String aliasKey, boolean emptied);

  /** The member now chats as {@code newKey} in {@code rooms}, having been {@code oldKey}. */
  void renamed(List<String> rooms, String oldKey, String newKey);
}

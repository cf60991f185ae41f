package dev.relay.bus;

import java.util.List;

/**
 * What one node's hub tells another's, over the clustered address {@link Addresses#node}. A node sends
 * everything for a peer to that one address, so the peer sees it in the order it was sent.
 *
 * <p>Membership changes ({@link Entered}, {@link Exited}, {@link Renamed}, {@link Departed}) are made by
 * the member's own node and reported to every peer; each node keeps a replica of the whole roster and
 * writes the resulting notices to its own members.
 */
public sealed interface PeerMessage {

  /**
   * {@code member} entered {@code room}; it is new to the roster if it was in no room before, and shows
   * {@code user} and {@code realName}.
   */
  record Entered(MemberId member, String alias, String room, String roomName, String user, String realName)
      implements PeerMessage {
  }

  /** The member is away with {@code message}, or back when it is empty. */
  record Away(MemberId member, String message) implements PeerMessage {
  }

  record Exited(MemberId member, String room, String reason) implements PeerMessage {
  }

  /** {@code by} put the member out of the room: the room hears it was kicked, with {@code reason}. */
  record Expelled(MemberId member, String room, String by, String reason) implements PeerMessage {
  }

  record Renamed(MemberId member, String alias) implements PeerMessage {
  }

  /** The member is gone: it leaves every room, with {@code reason} in each left notice. */
  record Departed(MemberId member, String reason) implements PeerMessage {
  }

  /** An event for the local members of the room with key {@code room}. */
  record RoomEvent(String room, ChatEvent.InRoom event) implements PeerMessage {
  }

  /** A private message for one member of the receiving node. */
  record Private(MemberId to, ChatEvent.PrivateMessage message) implements PeerMessage {
  }

  /** {@code member}, of the receiving node, is disconnected by the moderator {@code by}. */
  record Kill(MemberId member, String by, String reason) implements PeerMessage {
  }

  /** A node introduces itself with its members and asks for the receiver's in a {@link Welcome}. */
  record Hello(String node, List<MemberState> members) implements PeerMessage {
  }

  /** The answer to {@link Hello}: the sender's members. */
  record Welcome(String node, List<MemberState> members) implements PeerMessage {
  }

  /**
   * Several messages for one peer, sent as one event-bus message; the peer applies them in order. A node
   * gathers what it sends a peer during one event-loop turn, so a burst of room lines crosses the network
   * as one message rather than one each.
   */
  record Batch(List<PeerMessage> messages) implements PeerMessage {
  }

  /** One member as a snapshot carries it. */
  record MemberState(MemberId id, MemberInfo info, List<RoomRef> rooms) {
  }

  record RoomRef(String key, String name) {
  }
}

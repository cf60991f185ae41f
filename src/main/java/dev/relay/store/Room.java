package dev.relay.store;

import java.time.Instant;
import java.util.Objects;

/**
 * A registered room as stored: what outlives its members. Unregistered rooms are never stored.
 *
 * @param key         the name folded for comparison (the caller folds it); unique, at most 64 characters
 * @param name        the name as registered, at most 64 characters
 * @param ownerKey    the key of the account that registered it; deleting that account deletes the room
 * @param topic       at most 400 characters, empty for none
 * @param topicBy     who set the topic (an alias), or null
 * @param topicAt     when the topic was set, or null
 * @param moderated   only operators and voiced members may speak
 * @param inviteOnly  only invited members may join
 * @param joinKey     the key a member must give to join, at most 64 characters, or null for none
 * @param memberLimit how many members may be in the room at once, or null for no limit
 * @param createdAt   when it was registered; stored to the microsecond, as is {@code topicAt}
 */
public record Room(String key, String name, String ownerKey, String topic, String topicBy, Instant topicAt,
    boolean moderated, boolean inviteOnly, String joinKey, Integer memberLimit, Instant createdAt) {

  public Room {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ownerKey, "ownerKey");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** A room as registered: no topic, open to all, no key, no limit. */
  public static Room registered(String key, String name, String ownerKey, Instant createdAt) {
    return new Room(key, name, ownerKey, "", null, null, false, false, null, null, createdAt);
  }

  /** @param topic empty to clear it; {@code by} and {@code at} are then kept as who cleared it and when */
  public Room withTopic(String topic, String by, Instant at) {
    return new Room(key, name, ownerKey, topic, by, at, moderated, inviteOnly, joinKey, memberLimit, createdAt);
  }

  public Room withOwner(String ownerKey) {
    return new Room(key, name, ownerKey, topic, topicBy, topicAt, moderated, inviteOnly, joinKey, memberLimit,
        createdAt);
  }

  public Room withModerated(boolean moderated) {
    return new Room(key, name, ownerKey, topic, topicBy, topicAt, moderated, inviteOnly, joinKey, memberLimit,
        createdAt);
  }

  public Room withInviteOnly(boolean inviteOnly) {
    return new Room(key, name, ownerKey, topic, topicBy, topicAt, moderated, inviteOnly, joinKey, memberLimit,
        createdAt);
  }

  /** @param joinKey null for none */
  public Room withJoinKey(String joinKey) {
    return new Room(key, name, ownerKey, topic, topicBy, topicAt, moderated, inviteOnly, joinKey, memberLimit,
        createdAt);
  }

  /** @param memberLimit null for no limit */
  public Room withMemberLimit(Integer memberLimit) {
    return new Room(key, name, ownerKey, topic, topicBy, topicAt, moderated, inviteOnly, joinKey, memberLimit,
        createdAt);
  }
}

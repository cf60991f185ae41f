package dev.relay.store;

import dev.relay.bus.RoomModes;
import java.time.Instant;
import java.util.Objects;

/**
 * A registered room as stored: what outlives its members. Unregistered rooms are never stored. The hub also holds
 * an unregistered room's settings in this form while the room has members, its opener as owner.
 *
 * @param key         the name folded for comparison (the caller folds it); unique, at most 64 characters
 * @param name        the name as registered, at most 64 characters
 * @param ownerKey    the key of the account that registered it; deleting that account deletes the room
 * @param topic       at most 400 characters, empty for none
 * @param topicBy     who set the topic (an alias), or null
 * @param topicAt     when the topic was set, or null
 * @param modes       its settings; a join key at most 64 characters
 * @param createdAt   when it was registered; stored to the microsecond, as is {@code topicAt}
 */
public record Room(String key, String name, String ownerKey, String topic, String topicBy, Instant topicAt,
    RoomModes modes, Instant createdAt) {

  public Room {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(ownerKey, "ownerKey");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(modes, "modes");
    Objects.requireNonNull(createdAt, "createdAt");
  }

  /** A room as registered or opened: no topic, the default settings. */
  public static Room registered(String key, String name, String ownerKey, Instant createdAt) {
    return new Room(key, name, ownerKey, "", null, null, RoomModes.DEFAULT, createdAt);
  }

  /** @param topic empty to clear it; {@code by} and {@code at} are then kept as who cleared it and when */
  public Room withTopic(String topic, String by, Instant at) {
    return new Room(key, name, ownerKey, topic, by, at, modes, createdAt);
  }

  public Room withOwner(String ownerKey) {
    return new Room(key, name, ownerKey, topic, topicBy, topicAt, modes, createdAt);
  }

  public Room withModes(RoomModes modes) {
    return new Room(key, name, ownerKey, topic, topicBy, topicAt, modes, createdAt);
  }
}

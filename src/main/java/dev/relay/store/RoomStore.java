package dev.relay.store;

import io.vertx.core.Future;
import java.util.List;
import java.util.Optional;

/**
 * Registered rooms and the roles accounts hold in them, kept across restarts. Keys are folded by the caller.
 *
 * <p>Threading: every method may be called from any Vert.x context and never blocks it; the returned future
 * completes on the caller's context (see {@link Database}). A database failure, including a key that names no
 * account or room where one must exist, fails the future with the driver's exception; an outcome the caller must
 * decide on (a taken name, a missing room) is a value instead.
 */
public interface RoomStore {

  /** @return false, changing nothing, when a room with this key is registered; fails when the owner has no account */
  Future<Boolean> register(Room room);

  Future<Optional<Room>> find(String key);

  /** Every registered room, by key: to fill a node's cache at start-up. */
  Future<List<Room>> all();

  /**
   * Writes every setting of the room with this key: name, owner, topic (with who and when), moderated,
   * invite-only, join key and member limit; never the creation time. @return false when there is no such room
   */
  Future<Boolean> update(Room room);

  /** Deletes the room and every role in it. @return false when there is no such room */
  Future<Boolean> unregister(String key);

  /**
   * Grants the role, replacing any role the account held in the room. Fails when the room is not registered or
   * the account does not exist.
   */
  Future<Void> setRole(RoomRole role);

  /** @return false when the account held no role in the room */
  Future<Boolean> removeRole(String roomKey, String accountKey);

  /** Every role in every registered room, by room key then account key: to fill a node's cache. */
  Future<List<RoomRole>> roles();
}

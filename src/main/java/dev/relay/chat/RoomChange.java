package dev.relay.chat;

import dev.relay.bus.RoomMode;
import dev.relay.bus.RoomRank;
import dev.relay.bus.SanctionKind;
import dev.relay.bus.SanctionTarget;
import dev.relay.store.Room;
import dev.relay.store.Sanction;
import java.time.Instant;
import java.util.List;

/**
 * A change to rooms' settings, ranks and sanctions, made by one node (written to the store first when it must outlive
 * the cluster) and applied by every node to its {@link RoomPolicies}; each node then tells and enforces it on its own
 * members. Keys are folded; names and aliases as spelled.
 */
sealed interface RoomChange {

  /** A member opened an unregistered room {@code at}: it is the room's owner while the room has members. */
  record Opened(String roomKey, String name, String ownerKey, Instant at) implements RoomChange {
  }

  /** The room was registered by {@code owner}: {@code room} holds its settings from now on. */
  record Registered(Room room, String owner) implements RoomChange {
  }

  /** The room's topic is {@code room.topic()}, set by {@code room.topicBy()}. */
  record TopicSet(Room room) implements RoomChange {
  }

  /** {@code by} changed {@code modes}, in this order: the room's settings are now {@code room.modes()}. */
  record ModeSet(Room room, List<RoomMode> modes, String by) implements RoomChange {
    public ModeSet {
      modes = List.copyOf(modes);
    }
  }

  /** {@code by} granted or took back {@code alias}'s rank ({@code stored}: kept in the store with the account). */
  record RankSet(String roomKey, String alias, RoomRank rank, boolean granted, boolean stored, String by)
      implements RoomChange {
  }

  /** A ban or mute; {@code target} as the moderator typed it. */
  record Sanctioned(Sanction sanction, SanctionTarget target) implements RoomChange {
  }

  /** Every sanction of the kind on the target in the scope was lifted by {@code by}. */
  record Lifted(SanctionKind kind, String scope, SanctionTarget target, String by) implements RoomChange {
  }

  /** {@code by} put {@code alias} out of the room. */
  record Kicked(String roomKey, String alias, String by, String reason) implements RoomChange {
  }

  /** {@code by} invited {@code alias} into the room. */
  record Invited(String roomKey, String alias, String by) implements RoomChange {
  }

  /** {@code by}'s words for every member of the chat. */
  record Announced(String by, String text) implements RoomChange {
  }

  /** {@code by} cleared the room's history. */
  record HistoryCleared(String roomKey, String by) implements RoomChange {
  }
}

package dev.relay.chat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.ChatEvent.Refusal;
import dev.relay.bus.MemberId;
import dev.relay.bus.RoomAction;
import dev.relay.bus.RoomMode;
import dev.relay.bus.RoomModes;
import dev.relay.store.Room;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A room's settings: asked for by anyone, changed by its operators, one setting or several at once (the room hears
 * one change); whether it keeps history, and clearing it, by its owner. A registered room's are written to the store
 * first. Confined to the hub's context.
 */
final class ModeRequests {

  private static final Logger LOG = LoggerFactory.getLogger(ModeRequests.class);
  private static final int MAX_KEY = 64;

  private final RoomModeration rooms;
  private final RoomRules rules;
  private final AuditTrail audit;
  private final RoomHistory history;

  ModeRequests(RoomModeration rooms, RoomRules rules, AuditTrail audit, RoomHistory history) {
    this.history = history;
    this.rooms = rooms;
    this.rules = rules;
    this.audit = audit;
  }

  /** Handles {@code action} if it changes settings; false if it does not. */
  boolean handle(MemberId from, String actor, String roomKey, RoomAction action) {
    if (action instanceof RoomAction.SetMode one) {
      change(from, actor, roomKey, List.of(one));
    } else if (action instanceof RoomAction.SetModes several) {
      change(from, actor, roomKey, several.modes());
    } else if (action instanceof RoomAction.ClearHistory) {
      clearHistory(from, actor, roomKey);
    } else {
      return false;
    }
    return true;
  }

  /** Answers a request for the room's settings. */
  void modesOf(MemberId from, String roomKey) {
    if (!rooms.exists(roomKey)) {
      rooms.reply(from, new ChatEvent.Refused(Refusal.NO_SUCH_ROOM, roomKey));
      return;
    }
    Room room = rooms.settings(roomKey);
    rooms.reply(from, new ChatEvent.Modes(rooms.nameOf(roomKey), room.modes(), room.createdAt()));
  }

  private void change(MemberId from, String actor, String roomKey, List<RoomAction.SetMode> wanted) {
    if (!changeable(from, roomKey)) {
      return;
    }
    Standing needed = wanted.stream().anyMatch(set -> set.mode() == RoomMode.HISTORY) ? Standing.OWNER
        : Standing.OPERATOR;
    if (wanted.isEmpty() || !rooms.may(from, "room " + wanted.get(0).mode().wire(), roomKey,
        rooms.standing(roomKey, actor), needed)) {
      return;
    }
    if (!wanted.stream().allMatch(ModeRequests::validValue)) {
      LOG.debug("[{}] a setting with a value no front end sends: {}", from, wanted);
      return;
    }
    Room room = rooms.settings(roomKey);
    RoomModes modes = room.modes();
    for (RoomAction.SetMode set : wanted) {
      modes = apply(modes, set);
    }
    Room changed = room.withModes(modes);
    List<RoomMode> changedModes = wanted.stream().map(RoomAction.SetMode::mode).toList();
    rooms.persist(from, changed, () -> {
      rules.announce(new RoomChange.ModeSet(changed, changedModes, actor));
      for (RoomAction.SetMode set : wanted) {
        audit.record(actor, "mode " + set.mode().wire() + (set.mode() == RoomMode.KEY ? "" : " " + set.value()),
            changed.name(), roomKey, "");
      }
    });
  }

  /** The owner's: the store forgets what was said in the room, and so does every node's memory. */
  private void clearHistory(MemberId from, String actor, String roomKey) {
    if (!changeable(from, roomKey)) {
      return;
    }
    if (!rooms.may(from, "room history clear", roomKey, rooms.standing(roomKey, actor), Standing.OWNER)) {
      return;
    }
    history.clear(roomKey)
        .onSuccess(cleared -> {
          rules.announce(new RoomChange.HistoryCleared(roomKey, actor));
          audit.record(actor, "history clear", rooms.nameOf(roomKey), roomKey, cleared + " lines");
        })
        .onFailure(e -> rooms.reply(from, new ChatEvent.Refused(Refusal.STORE_UNAVAILABLE, rooms.nameOf(roomKey))));
  }

  /** Whether the room exists and is not the lobby, whose settings belong to everyone; the member told if not. */
  private boolean changeable(MemberId from, String roomKey) {
    if (!rooms.exists(roomKey)) {
      rooms.reply(from, new ChatEvent.Refused(Refusal.NO_SUCH_ROOM, roomKey));
      return false;
    }
    if (roomKey.equals(Names.LOBBY_KEY)) {
      rooms.reply(from, new ChatEvent.Refused(Refusal.LOBBY, rooms.nameOf(roomKey)));
      return false;
    }
    return true;
  }

  private static RoomModes apply(RoomModes modes, RoomAction.SetMode set) {
    return switch (set.mode()) {
      case KEY -> modes.withKey(set.value().isEmpty() ? null : set.value());
      case LIMIT -> modes.withLimit(set.value().isEmpty() ? null : Integer.valueOf(set.value()));
      default -> modes.with(set.mode(), set.value().equals("on"));
    };
  }

  /** A key of at most 64 characters with no spaces, a limit from 1 to 100,000, a flag on or off; empty: none. */
  private static boolean validValue(RoomAction.SetMode set) {
    String value = set.value();
    return switch (set.mode()) {
      case KEY -> value.length() <= MAX_KEY && value.chars().noneMatch(Character::isWhitespace);
      case LIMIT -> value.isEmpty() || value.matches("[1-9][0-9]{0,4}|100000");
      default -> value.equals("on") || value.equals("off");
    };
  }
}

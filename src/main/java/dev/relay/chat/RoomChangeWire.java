package dev.relay.chat;

import dev.relay.bus.RoomMode;
import dev.relay.bus.RoomModes;
import dev.relay.bus.RoomRank;
import dev.relay.bus.SanctionKind;
import dev.relay.bus.SanctionTarget;
import dev.relay.bus.TargetType;
import dev.relay.store.Room;
import dev.relay.store.Sanction;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.time.Instant;

/**
 * The wire form of a {@link RoomChange} as nodes publish it to each other: a JSON object with a {@code type}. The
 * one place that knows its keys.
 */
final class RoomChangeWire {

  private RoomChangeWire() {
  }

  static String write(RoomChange change) {
    JsonObject json = new JsonObject();
    if (change instanceof RoomChange.Opened c) {
      json.put("type", "opened").put("room", c.roomKey()).put("name", c.name()).put("owner", c.ownerKey())
          .put("at", millis(c.at()));
    } else if (change instanceof RoomChange.Registered c) {
      json.put("type", "registered").put("settings", room(c.room())).put("by", c.owner());
    } else if (change instanceof RoomChange.TopicSet c) {
      json.put("type", "topic").put("settings", room(c.room()));
    } else if (change instanceof RoomChange.ModeSet c) {
      json.put("type", "mode").put("settings", room(c.room()))
          .put("modes", new JsonArray(c.modes().stream().map(RoomMode::wire).toList())).put("by", c.by());
    } else if (change instanceof RoomChange.RankSet c) {
      json.put("type", "rank").put("room", c.roomKey()).put("alias", c.alias()).put("rank", c.rank().wire())
          .put("granted", c.granted()).put("stored", c.stored()).put("by", c.by());
    } else if (change instanceof RoomChange.Sanctioned c) {
      json.put("type", "sanctioned").put("sanction", sanction(c.sanction())).put("target", target(c.target()));
    } else if (change instanceof RoomChange.Lifted c) {
      json.put("type", "lifted").put("kind", c.kind().wire()).put("scope", c.scope()).put("target", target(c.target()))
          .put("by", c.by());
    } else if (change instanceof RoomChange.Kicked c) {
      json.put("type", "kicked").put("room", c.roomKey()).put("alias", c.alias()).put("by", c.by())
          .put("reason", c.reason());
    } else if (change instanceof RoomChange.Invited c) {
      json.put("type", "invited").put("room", c.roomKey()).put("alias", c.alias()).put("by", c.by());
    } else if (change instanceof RoomChange.Announced c) {
      json.put("type", "announced").put("by", c.by()).put("text", c.text());
    } else if (change instanceof RoomChange.HistoryCleared c) {
      json.put("type", "cleared").put("room", c.roomKey()).put("by", c.by());
    }
    return json.encode();
  }

  /** @throws IllegalArgumentException for a form this node does not know (a newer node's) */
  static RoomChange read(String text) {
    JsonObject json = new JsonObject(text);
    String type = json.getString("type", "");
    return switch (type) {
      case "opened" -> new RoomChange.Opened(json.getString("room"), json.getString("name"), json.getString("owner"),
          instant(json.getLong("at")));
      case "registered" -> new RoomChange.Registered(room(json.getJsonObject("settings")), json.getString("by"));
      case "topic" -> new RoomChange.TopicSet(room(json.getJsonObject("settings")));
      case "mode" -> new RoomChange.ModeSet(room(json.getJsonObject("settings")),
          json.getJsonArray("modes").stream().map(m -> RoomMode.parse((String) m).orElseThrow()).toList(),
          json.getString("by"));
      case "rank" -> new RoomChange.RankSet(json.getString("room"), json.getString("alias"),
          RoomRank.parse(json.getString("rank")).orElseThrow(), json.getBoolean("granted"), json.getBoolean("stored"),
          json.getString("by"));
      case "sanctioned" -> new RoomChange.Sanctioned(sanction(json.getJsonObject("sanction")),
          target(json.getJsonObject("target")));
      case "lifted" -> new RoomChange.Lifted(SanctionKind.parse(json.getString("kind")).orElseThrow(),
          json.getString("scope"), target(json.getJsonObject("target")), json.getString("by"));
      case "kicked" -> new RoomChange.Kicked(json.getString("room"), json.getString("alias"), json.getString("by"),
          json.getString("reason"));
      case "invited" -> new RoomChange.Invited(json.getString("room"), json.getString("alias"), json.getString("by"));
      case "announced" -> new RoomChange.Announced(json.getString("by"), json.getString("text"));
      case "cleared" -> new RoomChange.HistoryCleared(json.getString("room"), json.getString("by"));
      default -> throw new IllegalArgumentException("unknown room change " + type);
    };
  }

  private static JsonObject room(Room room) {
    RoomModes modes = room.modes();
    return new JsonObject().put("key", room.key()).put("name", room.name()).put("owner", room.ownerKey())
        .put("topic", room.topic()).put("topicBy", room.topicBy()).put("topicAt", millis(room.topicAt()))
        .put("moderated", modes.moderated()).put("inviteOnly", modes.inviteOnly()).put("secret", modes.secret())
        .put("topicLock", modes.topicLock()).put("noExternal", modes.noExternal()).put("joinKey", modes.joinKey())
        .put("limit", modes.memberLimit()).put("history", modes.history()).put("createdAt", millis(room.createdAt()));
  }

  private static Room room(JsonObject json) {
    RoomModes modes = new RoomModes(json.getBoolean("moderated"), json.getBoolean("inviteOnly"),
        json.getBoolean("secret"), json.getBoolean("topicLock"), json.getBoolean("noExternal"),
        json.getString("joinKey"), json.getInteger("limit"), json.getBoolean("history", true));
    return new Room(json.getString("key"), json.getString("name"), json.getString("owner"), json.getString("topic"),
        json.getString("topicBy"), instant(json.getLong("topicAt")), modes, instant(json.getLong("createdAt")));
  }

  private static JsonObject sanction(Sanction s) {
    return new JsonObject().put("id", s.id()).put("kind", s.kind().wire()).put("scope", s.scope())
        .put("targetType", s.targetType().wire()).put("target", s.target()).put("reason", s.reason())
        .put("setBy", s.setBy()).put("setAt", millis(s.setAt())).put("expiresAt", millis(s.expiresAt()));
  }

  private static Sanction sanction(JsonObject json) {
    return new Sanction(json.getString("id"), SanctionKind.parse(json.getString("kind")).orElseThrow(),
        json.getString("scope"), TargetType.parse(json.getString("targetType")).orElseThrow(), json.getString("target"),
        json.getString("reason"), json.getString("setBy"), instant(json.getLong("setAt")),
        instant(json.getLong("expiresAt")));
  }

  private static JsonObject target(SanctionTarget target) {
    return new JsonObject().put("type", target.type().wire()).put("value", target.value());
  }

  private static SanctionTarget target(JsonObject json) {
    return new SanctionTarget(TargetType.parse(json.getString("type")).orElseThrow(), json.getString("value"));
  }

  private static Long millis(Instant at) {
    return at == null ? null : at.toEpochMilli();
  }

  private static Instant instant(Long millis) {
    return millis == null ? null : Instant.ofEpochMilli(millis);
  }
}

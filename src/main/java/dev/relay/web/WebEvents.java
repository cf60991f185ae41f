package dev.relay.web;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.MemberInfo;
import dev.relay.bus.RoomRank;
import dev.relay.bus.SharedFile;
import dev.relay.chat.RoomCount;
import dev.relay.line.Replies;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.List;
import java.util.Locale;

/**
 * The web dialect's objects (docs/PROTOCOL.md 12): chat events as JSON, each with the line protocol's wording as
 * {@code text} so that a client can show any of them. The one place that knows the dialect's keys.
 */
final class WebEvents {

  private WebEvents() {
  }

  static JsonObject of(ChatEvent event) {
    JsonObject json = structured(event);
    if (json != null && json.containsKey("text")) {
      return json;
    }
    String text = String.join("\n", Replies.of(event));
    if (json == null) {
      json = new JsonObject().put("type", text.startsWith("! ") ? "error" : "info");
    }
    return json.put("text", text);
  }

  /** A line of the server's own that is no event (a reply, a prompt, an error). */
  static JsonObject words(String line) {
    String type = line.equals(Replies.ALIAS_PROMPT) ? "prompt" : line.startsWith("! ") ? "error" : "info";
    JsonObject json = new JsonObject().put("type", type);
    if (type.equals("prompt")) {
      json.put("what", "alias");
    }
    return json.put("text", line);
  }

  /** The connection left a room (its key). */
  static JsonObject parted(String roomKey) {
    return type("parted").put("room", roomKey);
  }

  static JsonObject passwordPrompt(String line) {
    return new JsonObject().put("type", "prompt").put("what", "password").put("text", line);
  }

  private static JsonObject structured(ChatEvent event) {
    if (event instanceof ChatEvent.Line line) {
      return line(line);
    } else if (event instanceof ChatEvent.Joined e) {
      return type("joined").put("room", e.room()).put("alias", e.alias());
    } else if (event instanceof ChatEvent.Left e) {
      return type("left").put("room", e.room()).put("alias", e.alias()).put("reason", e.reason());
    } else if (event instanceof ChatEvent.Quit e) {
      return type("quit").put("room", e.room()).put("alias", e.alias()).put("reason", e.reason());
    } else if (event instanceof ChatEvent.Renamed e) {
      return type("renamed").put("room", e.room()).put("from", e.oldAlias()).put("to", e.newAlias());
    } else if (event instanceof ChatEvent.Welcome e) {
      return type("welcome").put("alias", e.alias()).put("room", e.room());
    } else if (event instanceof ChatEvent.EnteredRoom e) {
      return type("entered").put("room", e.room());
    } else if (event instanceof ChatEvent.History e) {
      return history(e);
    } else if (event instanceof ChatEvent.Members e) {
      return members(e);
    } else if (event instanceof ChatEvent.Rooms e) {
      return rooms(e.rooms());
    } else if (event instanceof ChatEvent.PrivateMessage e) {
      return privateMessage(e);
    } else if (event instanceof ChatEvent.PrivateMessageSent e) {
      return type("privateSent").put("to", e.to()).put("text", e.text());
    } else if (event instanceof ChatEvent.Mailbox e) {
      JsonArray messages = new JsonArray();
      e.messages().forEach(m -> messages.add(privateMessage(m)));
      return type("mailbox").put("messages", messages);
    } else if (event instanceof ChatEvent.UploadGranted e) {
      return type("uploadGranted").put("token", e.token()).put("url", e.url()).put("maxBytes", e.maxBytes())
          .put("validSeconds", e.validSeconds());
    }
    return null;
  }

  /** A room line with its id, time and author; {@code text} is the line's own (the said text, the action). */
  private static JsonObject line(ChatEvent.Line line) {
    JsonObject json = new JsonObject().put("room", line.room()).put("id", line.seq())
        .put("at", line.at().toEpochMilli()).put("from", line.alias());
    if (line instanceof ChatEvent.Said e) {
      return json.put("type", "said").put("text", e.text());
    } else if (line instanceof ChatEvent.Acted e) {
      return json.put("type", "acted").put("text", e.action());
    } else if (line instanceof ChatEvent.Noticed e) {
      return json.put("type", "noticed").put("text", e.text());
    } else if (line instanceof ChatEvent.TopicChanged e) {
      return json.put("type", "topic").put("topic", e.topic()).put("text", Replies.of(e).get(0));
    }
    ChatEvent.Shared shared = (ChatEvent.Shared) line;
    return json.put("type", "shared").put("file", file(shared.file())).put("text", shared.text());
  }

  private static JsonObject file(SharedFile file) {
    return new JsonObject().put("id", file.id()).put("name", file.name()).put("type", file.type())
        .put("size", file.size()).put("url", file.url()).put("inline", file.inlineImage());
  }

  private static JsonObject history(ChatEvent.History e) {
    JsonArray lines = new JsonArray();
    for (ChatEvent.Line line : e.lines()) {
      lines.add(line(line));
    }
    return type("history").put("room", e.room()).put("why", e.why().name().toLowerCase(Locale.ROOT))
        .put("missed", e.missed()).put("gone", e.gone()).put("lines", lines).put("text", Replies.historySummary(e));
  }

  private static JsonObject members(ChatEvent.Members e) {
    JsonArray members = new JsonArray();
    for (MemberInfo member : e.members()) {
      RoomRank rank = e.rankOf(member.alias());
      members.add(new JsonObject().put("alias", member.alias()).put("rank", rank == null ? "member" : rank.wire()));
    }
    return type("members").put("room", e.room()).put("members", members);
  }

  private static JsonObject rooms(List<RoomCount> rooms) {
    JsonArray list = new JsonArray();
    rooms.forEach(room -> list.add(new JsonObject().put("name", room.name()).put("members", room.members())));
    return type("rooms").put("rooms", list);
  }

  private static JsonObject privateMessage(ChatEvent.PrivateMessage m) {
    return type("private").put("from", m.from()).put("at", m.at().toEpochMilli()).put("text", m.text())
        .put("notice", m.notice());
  }

  private static JsonObject type(String type) {
    return new JsonObject().put("type", type);
  }
}

package dev.relay.web;

import io.vertx.core.json.DecodeException;
import io.vertx.core.json.JsonObject;

/** What a browser's WebSocket message asks (docs/PROTOCOL.md 12). */
sealed interface WebRequest {

  /** A line of the line protocol, spoken in {@code room} (null: the connection's room). */
  record Line(String room, String text) implements WebRequest {
  }

  /** Leave {@code room}. */
  record Part(String room) implements WebRequest {
  }

  /** A message that is not the web dialect: {@code problem} says why, as an error line. */
  record Malformed(String problem) implements WebRequest {
  }

  static WebRequest parse(String message) {
    JsonObject json;
    try {
      json = new JsonObject(message);
    } catch (DecodeException | ClassCastException e) {
      return new Malformed("! not a JSON object");
    }
    Object type = json.getValue("type");
    Object room = json.getValue("room");
    if (room != null && !(room instanceof String)) {
      return new Malformed("! \"room\" must be a string");
    }
    if ("line".equals(type)) {
      return json.getValue("text") instanceof String text ? new Line((String) room, text)
          : new Malformed("! a line needs \"text\"");
    }
    if ("part".equals(type)) {
      return room == null ? new Malformed("! part needs \"room\"") : new Part((String) room);
    }
    return new Malformed("! unknown type: use \"line\" or \"part\"");
  }
}

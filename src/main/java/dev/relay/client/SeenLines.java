package dev.relay.client;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The id of the last room line shown to the user, per room, across connections: what a reconnect resumes from and
 * what a line read back must be above to be new. A room numbers its lines 1, 2, 3...; rooms are told apart ignoring
 * case, as the server does. Plain state, confined to the client loop.
 */
final class SeenLines {

  private final Map<String, Long> last = new HashMap<>();

  /** The id of the last line of {@code room} shown, if any was. */
  OptionalLong last(String room) {
    Long id = last.get(key(room));
    return id == null ? OptionalLong.empty() : OptionalLong.of(id);
  }

  /** Whether line {@code id} of {@code room} is above every one shown. */
  boolean isNew(String room, long id) {
    return id > last.getOrDefault(key(room), 0L);
  }

  /** Line {@code id} of {@code room} was shown; the last stays the highest. */
  void shown(String room, long id) {
    last.merge(key(room), id, Math::max);
  }

  /** The server numbers {@code room}'s lines anew: line {@code id} is its last, whatever was shown before. */
  void renumbered(String room, long id) {
    last.put(key(room), id);
  }

  private static String key(String room) {
    return room.toLowerCase(Locale.ROOT);
  }
}

package dev.relay.bus;

/**
 * Which lines of a room's history a member asks for, oldest first in every answer; the bounds are exclusive. The hub
 * caps {@link #limit()}.
 */
public sealed interface HistoryQuery {

  int limit();

  /** The newest lines, none at or before {@code after} (null: no such bound). */
  record Latest(HistoryRef after, int limit) implements HistoryQuery {
  }

  /** The lines just before {@code ref}. */
  record Before(HistoryRef ref, int limit) implements HistoryQuery {
  }

  /** The lines just after {@code ref}. */
  record After(HistoryRef ref, int limit) implements HistoryQuery {
  }

  /** About half before {@code ref} and half after it, {@code ref} itself among them. */
  record Around(HistoryRef ref, int limit) implements HistoryQuery {
  }

  /** The lines between two points, from the earlier one (in either order). */
  record Between(HistoryRef from, HistoryRef to, int limit) implements HistoryQuery {
  }
}

package dev.relay.line;

import dev.relay.bus.RoomAction;
import dev.relay.accounts.ServerRole;

/** A slash command a client asked for, with its arguments checked for presence (not yet for meaning). */
public sealed interface Command {

  record Help() implements Command {
  }

  record Nick(String alias) implements Command {
  }

  /** {@code key} is empty when none was given. */
  record Join(String room, String key) implements Command {
  }

  record Rooms() implements Command {
  }

  record Who() implements Command {
  }

  record Msg(String alias, String text) implements Command {
  }

  record Me(String action) implements Command {
  }

  /** An upload token (docs/PROTOCOL.md 13). */
  record Upload() implements Command {
  }

  /** Share in the room the file {@code id} the member uploaded. */
  record Share(String id) implements Command {
  }

  /** Register the alias the member holds, with {@code password}. */
  record Register(String password) implements Command {
    @Override
    public String toString() {
      return "Register[]";
    }
  }

  record Password(String password) implements Command {
    @Override
    public String toString() {
      return "Password[]";
    }
  }

  record Unregister() implements Command {
  }

  /** Disconnect the member holding {@code alias}; {@code reason} is empty when none was given. */
  record Kill(String alias, String reason) implements Command {
  }

  record Role(String alias, ServerRole role) implements Command {
  }

  /** Run the room ({@code server} false: the member's room) or the chat: checked by the hub. */
  record Moderate(boolean server, RoomAction action) implements Command {
  }

  /** Show the room's topic ({@code topic} null), or set it (empty: clear it). */
  record Topic(String topic) implements Command {
  }

  /** List the bans and mutes holding in the member's room, or ({@code server}) server-wide. */
  record Sanctions(boolean server) implements Command {
  }

  /** Show the last {@code count} moderation actions. */
  record Audit(int count) implements Command {
  }

  /** {@code reason} is empty when none was given. */
  record Quit(String reason) implements Command {
  }

  /** {@code /history [before ID] [N]}: the N lines before line ID (null: the newest). */
  record History(Long before, int count) implements Command {
  }

  /** {@code /resume ROOM ID}: go back to ROOM and get the lines after line ID. */
  record Resume(String room, long after) implements Command {
  }

  /** {@code /ids on|off}: whether this connection's room lines show their ids. */
  record Ids(boolean on) implements Command {
  }
}

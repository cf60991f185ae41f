package dev.relay.edge;

import dev.relay.bus.ChatEvent;
import io.vertx.core.buffer.Buffer;

/**
 * One connection's front-end logic, in its dialect: what the client's bytes mean and how the hub's answers
 * and events look on its wire. The {@link EdgeConnection} it belongs to owns the socket, the bounded output,
 * the room index and how the connection ends, the same for every dialect. Confined to the listener's event
 * loop, like its connection.
 */
public interface Session {

  /** How this connection writes chat events. */
  Dialect dialect();

  /**
   * Appends an event meant for this member alone (a reply, a private message) to {@code out}: unlike a room's
   * events, its wording may name the member, as IRC's numeric replies do.
   */
  default void renderPersonal(ChatEvent event, Buffer out) {
    dialect().render(event, out);
  }

  /** The connection is open and admitted: greet the client. Reading starts after this. */
  void start();

  /** Bytes the client sent. */
  void onData(Buffer data);

  /** The hub accepted the alias: the connection chats as {@code alias}, in {@code room} (null: in no room yet). */
  void accepted(String alias, String room);

  /** The hub refused the alias. */
  void refused(ChatEvent.Refused why);

  void renamed(String alias);

  /** The connection is now in the room with key {@code roomKey}. */
  void joined(String roomKey);

  /** The connection left the room with key {@code roomKey}. */
  default void parted(String roomKey) {
  }

  /** The alias the connection chats as, or null before the hub accepted one: for log lines. */
  String alias();

  /** Whether the hub knows this connection as a member (its alias was asked for): its close is reported. */
  boolean known();

  /** The server's own last words, in this dialect. */
  Buffer farewell(Farewell why, int detail);

  /** The connection is closed; cancel what is pending. */
  void closed();

  /** Why the server, rather than the hub, ends a connection. */
  enum Farewell {
    SHUTTING_DOWN,
    /** {@code detail}: the limit of unread output, in bytes. */
    SLOW_CONSUMER
  }
}

package dev.relay.bus;

import java.util.List;

/**
 * What a hub tells a listener. All of a listener's events come from its hub over one address, so they
 * arrive in the order the hub sent them: a member added by {@link Joined} receives every {@link ToRoom}
 * sent after it and none sent before. Chat events carry no wire text: each front end renders them.
 */
public sealed interface EdgeEvent {

  /** An event about one connection of the listener. */
  sealed interface ForConnection extends EdgeEvent {
    long conn();
  }

  /**
   * {@code events} for every member of the room with key {@code room} on this listener, in order. The listener
   * renders them once per dialect and hands every member of that dialect the same bytes.
   */
  record ToRoom(String room, List<ChatEvent.InRoom> events) implements EdgeEvent {
    public ToRoom {
      events = List.copyOf(events);
    }
  }

  /**
   * Events about one member, one per room that hears of it ({@code events.get(i)} for the room with key
   * {@code rooms.get(i)}): a rename or a quit. A connection in several of the rooms gets the event of each, or,
   * when its dialect shows such events once per member, only the first.
   */
  record ToRooms(List<String> rooms, List<ChatEvent.InRoom> events) implements EdgeEvent {
    public ToRooms {
      rooms = List.copyOf(rooms);
      events = List.copyOf(events);
    }
  }

  /** The connection limits' answer to an {@link AdmissionRequest}: {@code refusal} is null when admitted. */
  record AdmissionDecided(long conn, String refusal) implements ForConnection {
  }

  record ToMember(long conn, List<ChatEvent> events) implements ForConnection {
    public ToMember {
      events = List.copyOf(events);
    }
  }

  /** The handshake succeeded: the connection now chats as {@code alias}, in {@code room} (null: in none yet). */
  record Accepted(long conn, String alias, String room) implements ForConnection {
  }

  /** The alias was refused: tell the client why and read the next attempt. */
  record Refused(long conn, ChatEvent.Refused why) implements ForConnection {
  }

  record Renamed(long conn, String alias) implements ForConnection {
  }

  record Joined(long conn, String room) implements ForConnection {
  }

  record Parted(long conn, String room) implements ForConnection {
  }

  /** Tell the client {@code last}, then close the connection. */
  record Disconnect(long conn, ChatEvent last, DisconnectReason reason) implements ForConnection {
  }
}

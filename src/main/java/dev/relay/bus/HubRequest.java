package dev.relay.bus;

/** What a listener asks of its node's hub on behalf of one connection. Sent to {@link Addresses#HUB}. */
public sealed interface HubRequest {

  MemberId from();

  /** The handshake: claim {@code alias} (already syntactically valid) and enter the lobby. */
  record Hello(MemberId from, String alias) implements HubRequest {
  }

  record Say(MemberId from, String room, String text) implements HubRequest {
  }

  record Act(MemberId from, String room, String action) implements HubRequest {
  }

  record Rename(MemberId from, String alias) implements HubRequest {
  }

  /** Leave {@code fromRoom} and enter {@code toRoom}: the line protocol keeps one room per connection. */
  record Move(MemberId from, String fromRoom, String toRoom) implements HubRequest {
  }

  record Who(MemberId from, String room) implements HubRequest {
  }

  record ListRooms(MemberId from) implements HubRequest {
  }

  record Whisper(MemberId from, String alias, String text) implements HubRequest {
  }

  /** The client asked to leave; the hub says goodbye and tells the listener to close. */
  record Quit(MemberId from, String reason) implements HubRequest {
  }

  /** The connection is already closed; {@code reason} is empty for an ordinary disconnect. */
  record Gone(MemberId from, String reason) implements HubRequest {
  }
}

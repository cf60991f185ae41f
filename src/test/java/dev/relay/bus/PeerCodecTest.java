package dev.relay.bus;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeerCodecTest {

  private static final MemberId ALICE = new MemberId("node-a", "relay.edge.1", 7);
  private static final PeerMessage.MemberState ALICE_STATE = new PeerMessage.MemberState(ALICE,
      new MemberInfo("alice", "al", "Alice Liddell", "out for tea"),
      List.of(new PeerMessage.RoomRef("lobby", "lobby"), new PeerMessage.RoomRef("dev", "Dev")));

  private static final Instant AT = Instant.parse("2026-11-30T02:52:07.123Z");

  private final PeerCodec codec = new PeerCodec();

  @Test
  void everyKindOfMessageSurvivesTheWire() {
    List<PeerMessage> messages = List.of(
        new PeerMessage.Entered(ALICE, "alice", "dev", "Dev", "al", "Alice Liddell"),
        new PeerMessage.Away(ALICE, "out for tea"),
        new PeerMessage.Exited(ALICE, "dev", "quit"),
        new PeerMessage.Expelled(ALICE, "dev", "bob", "spam"),
        new PeerMessage.Renamed(ALICE, "alicia"),
        new PeerMessage.Departed(ALICE, "server lost"),
        new PeerMessage.RoomEvent("dev", new ChatEvent.Said("Dev", 1, AT, "alice", "café ☕")),
        new PeerMessage.RoomEvent("dev", new ChatEvent.Acted("Dev", 2, AT, "alice", "waves")),
        new PeerMessage.RoomEvent("dev", new ChatEvent.Shared("Dev", 3, AT, "alice",
            new SharedFile("id", "cat.png", "image/png", 1234, "http://h:8000/f/id/cat.png"))),
        new PeerMessage.RoomEvent("dev", new ChatEvent.Joined("Dev", "alice")),
        new PeerMessage.RoomEvent("dev", new ChatEvent.Left("Dev", "alice", "server lost")),
        new PeerMessage.RoomEvent("dev", new ChatEvent.Renamed("Dev", "alice", "alicia")),
        new PeerMessage.RoomEvent("dev", new ChatEvent.Noticed("Dev", 3, AT, "bot", "build passed")),
        new PeerMessage.RoomEvent("dev", new ChatEvent.Quit("Dev", "alice", "")),
        new PeerMessage.Private(ALICE, new ChatEvent.PrivateMessage("bob", AT, "hi", false)),
        new PeerMessage.Private(ALICE, new ChatEvent.PrivateMessage("bot", AT, "automatic", true)),
        new PeerMessage.Hello("node-b", List.of(ALICE_STATE)),
        new PeerMessage.Welcome("node-a", List.of()));

    for (PeerMessage message : messages) {
      assertThat(roundTrip(message)).isEqualTo(message);
    }
  }

  @Test
  void aBatchKeepsItsMessagesInOrder() {
    PeerMessage batch = new PeerMessage.Batch(List.of(
        new PeerMessage.RoomEvent("dev", new ChatEvent.Said("dev", 1, AT, "alice", "one")),
        new PeerMessage.Entered(ALICE, "alice", "ops", "ops", "alice", "alice"),
        new PeerMessage.RoomEvent("dev", new ChatEvent.Said("dev", 2, AT, "alice", "two"))));

    assertThat(roundTrip(batch)).isEqualTo(batch);
  }

  @Test
  void aMessageIsReadWhereItStartsInTheBuffer() {
    Buffer buffer = Buffer.buffer("event-bus header");
    int start = buffer.length();
    PeerMessage message = new PeerMessage.RoomEvent("lobby", new ChatEvent.Said("lobby", 3, AT, "bob", "hello"));
    codec.encodeToWire(buffer, message);
    buffer.appendString("next frame");

    assertThat(codec.decodeFromWire(start, buffer)).isEqualTo(message);
  }

  private PeerMessage roundTrip(PeerMessage message) {
    Buffer buffer = Buffer.buffer();
    codec.encodeToWire(buffer, message);
    return codec.decodeFromWire(0, buffer);
  }
}

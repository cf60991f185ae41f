package dev.relay.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.bus.EdgeEvent;
import dev.relay.bus.HubRequest;
import dev.relay.bus.MemberId;
import dev.relay.bus.PeerMessage;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The hub's logic without Vert.x running: what it tells which listener. */
class HubTest {

  private record Sent(String edge, EdgeEvent event) {
  }

  private final List<Sent> sent = new ArrayList<>();
  private final Hub hub = new Hub(new LocalAliases(), Peers.alone("node"),
      (edge, event) -> sent.add(new Sent(edge, event)));

  private MemberId join(String edge, long conn, String alias) {
    MemberId id = new MemberId("node", edge, conn);
    hub.handle(new HubRequest.Hello(id, alias));
    return id;
  }

  @Test
  void roomMessageIsEncodedOnceAndSentOncePerListenerWithMembers() {
    MemberId a = join("edge.0", 1, "a");
    join("edge.0", 2, "b");
    join("edge.1", 1, "c");
    join("edge.1", 2, "d");
    sent.clear();
    hub.handle(new HubRequest.Say(a, "lobby", "hi"));
    assertThat(sent).hasSize(2);
    assertThat(sent).extracting(Sent::edge).containsExactlyInAnyOrder("edge.0", "edge.1");
    EdgeEvent.ToRoom first = (EdgeEvent.ToRoom) sent.get(0).event();
    EdgeEvent.ToRoom second = (EdgeEvent.ToRoom) sent.get(1).event();
    assertThat(first.lines()).isSameAs(second.lines());
    assertThat(first.lines().toString(StandardCharsets.UTF_8)).isEqualTo("a: hi\r\n");
  }

  @Test
  void aPeersBatchReachesEachListenerOncePerRunOfLinesForOneRoom() {
    join("edge.0", 1, "a");
    join("edge.1", 1, "b");
    MemberId remote = new MemberId("other-node", "edge.0", 1);
    sent.clear();
    hub.onPeer(new PeerMessage.Batch(List.of(
        new PeerMessage.RoomLine("lobby", "z: one"),
        new PeerMessage.RoomLine("lobby", "z: two"),
        new PeerMessage.Entered(remote, "y", "lobby", "lobby"),
        new PeerMessage.RoomLine("lobby", "z: three"))));

    List<String> toEdge0 = sent.stream().filter(s -> s.edge().equals("edge.0"))
        .map(s -> (EdgeEvent.ToRoom) s.event())
        .map(e -> e.lineCount() + " " + e.lines().toString(StandardCharsets.UTF_8))
        .toList();
    assertThat(toEdge0).containsExactly(
        "2 z: one\r\nz: two\r\n", "1 * y has joined lobby\r\n", "1 z: three\r\n");
    assertThat(sent).filteredOn(s -> s.edge().equals("edge.1")).hasSize(3);
  }

  @Test
  void newcomerJoinsTheListenersIndexOnlyAfterTheOthersHeardOfIt() {
    join("edge.0", 1, "a");
    sent.clear();
    join("edge.0", 2, "b");
    List<Class<?>> kinds = sent.stream().<Class<?>>map(s -> s.event().getClass()).toList();
    assertThat(kinds).containsExactly(EdgeEvent.Accepted.class, EdgeEvent.ToRoom.class, EdgeEvent.Joined.class);
  }

  @Test
  void messageFromAMemberNotInTheRoomIsDropped() {
    MemberId a = join("edge.0", 1, "a");
    sent.clear();
    hub.handle(new HubRequest.Say(a, "elsewhere", "hi"));
    assertThat(sent).isEmpty();
  }

  @Test
  void connectionGoneDuringItsHandshakeLeavesNoAliasBehind() {
    MemberId a = new MemberId("node", "edge.0", 1);
    hub.handle(new HubRequest.Hello(a, "a"));
    hub.handle(new HubRequest.Gone(a, ""));
    assertThat(hub.memberCount()).isZero();
    sent.clear();
    join("edge.0", 2, "A");
    assertThat(sent.get(0).event()).isInstanceOf(EdgeEvent.Accepted.class);
  }
}

package dev.relay.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.EdgeEvent;
import dev.relay.bus.HubRequest;
import dev.relay.bus.MemberId;
import dev.relay.bus.MemberInfo;
import dev.relay.bus.PeerMessage;
import dev.relay.bus.RoomRank;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The hub's logic without Vert.x running: what it tells which listener. */
class HubTest {

  private record Sent(String edge, EdgeEvent event) {
  }

  private static final Instant NOW = Instant.parse("2026-11-30T02:55:00.250Z");

  private final List<Sent> sent = new ArrayList<>();
  /** The keys of the registered accounts. */
  private final Set<String> accounts = new HashSet<>();
  private final Hub hub = new Hub(new LocalAliases(), Peers.alone("node"),
      (edge, event) -> sent.add(new Sent(edge, event)), Clock.fixed(NOW, ZoneOffset.UTC), accounts::contains);

  private MemberId join(String edge, long conn, String alias) {
    MemberId id = new MemberId("node", edge, conn);
    hub.handle(new HubRequest.Hello(id, alias, "127.0.0.1"));
    return id;
  }

  @Test
  void roomMessageIsOneEventSentOncePerListenerWithMembers() {
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
    assertThat(first.events()).isEqualTo(second.events()).hasSize(1);
    ChatEvent.Said said = (ChatEvent.Said) first.events().get(0);
    assertThat(said.room()).isEqualTo("lobby");
    assertThat(said.alias()).isEqualTo("a");
    assertThat(said.text()).isEqualTo("hi");
    assertThat(said.at()).isEqualTo(NOW);
  }

  @Test
  void everyMessageGetsItsOwnId() {
    MemberId a = join("edge.0", 1, "a");
    sent.clear();
    hub.handle(new HubRequest.Say(a, "lobby", "one"));
    hub.handle(new HubRequest.Act(a, "lobby", "waves"));
    hub.handle(new HubRequest.Say(a, "lobby", "two"));
    List<Long> ids = sent.stream().map(s -> ((EdgeEvent.ToRoom) s.event()).events().get(0))
        .map(e -> ((ChatEvent.Line) e).seq()).toList();
    assertThat(ids).containsExactly(1L, 2L, 3L);
  }

  @Test
  void aPeersBatchReachesEachListenerOncePerRunOfLinesForOneRoom() {
    join("edge.0", 1, "a");
    join("edge.1", 1, "b");
    MemberId remote = new MemberId("other-node", "edge.0", 1);
    sent.clear();
    ChatEvent.Said one = new ChatEvent.Said("lobby", 1, NOW, "z", "one");
    ChatEvent.Said two = new ChatEvent.Said("lobby", 2, NOW, "z", "two");
    ChatEvent.Said three = new ChatEvent.Said("lobby", 3, NOW, "z", "three");
    hub.onPeer(new PeerMessage.Batch(List.of(
        new PeerMessage.RoomEvent("lobby", one),
        new PeerMessage.RoomEvent("lobby", two),
        new PeerMessage.Entered(remote, "y", "lobby", "lobby", "y", "y"),
        new PeerMessage.RoomEvent("lobby", three))));

    List<List<ChatEvent.InRoom>> toEdge0 = sent.stream().filter(s -> s.edge().equals("edge.0"))
        .map(s -> ((EdgeEvent.ToRoom) s.event()).events())
        .toList();
    assertThat(toEdge0).containsExactly(List.of(one, two), List.of(new ChatEvent.Joined("lobby", "y")), List.of(three));
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
  void messageFromAMemberNotInTheRoomIsRefusedAndReachesNobody() {
    MemberId a = join("edge.0", 1, "a");
    MemberId b = join("edge.0", 2, "b");
    hub.handle(new HubRequest.Move(b, "lobby", "dev", ""));
    sent.clear();
    hub.handle(new HubRequest.Say(a, "dev", "hi"));
    hub.handle(new HubRequest.Say(a, "nowhere", "hi"));
    hub.handle(new HubRequest.Notice(a, "dev", "quiet"));
    assertThat(sent).extracting(Sent::event).containsExactly(
        new EdgeEvent.ToMember(1, List.of(new ChatEvent.Refused(ChatEvent.Refusal.CANNOT_SEND_TO_ROOM, "dev"))),
        new EdgeEvent.ToMember(1, List.of(new ChatEvent.Refused(ChatEvent.Refusal.NO_SUCH_ROOM, "nowhere"))));
  }

  @Test
  void connectionGoneDuringItsHandshakeLeavesNoAliasBehind() {
    MemberId a = new MemberId("node", "edge.0", 1);
    hub.handle(new HubRequest.Hello(a, "a", "127.0.0.1"));
    hub.handle(new HubRequest.Gone(a, ""));
    assertThat(hub.memberCount()).isZero();
    sent.clear();
    join("edge.0", 2, "A");
    assertThat(sent.get(0).event()).isInstanceOf(EdgeEvent.Accepted.class);
  }

  @Test
  void aRegisteredAliasIsRefusedToAGuestAndGivenToWhoLoggedIn() {
    accounts.add("alice");
    MemberId guest = new MemberId("node", "edge.0", 1);
    hub.handle(new HubRequest.Hello(guest, "Alice", "127.0.0.1"));
    MemberId owner = new MemberId("node", "edge.0", 2);
    hub.handle(new HubRequest.Hello(owner, "alice", true, "127.0.0.1"));
    assertThat(sent).extracting(Sent::event).startsWith(
        new EdgeEvent.Refused(1, new ChatEvent.Refused(ChatEvent.Refusal.ALIAS_REGISTERED, "Alice")),
        new EdgeEvent.Accepted(2, "alice", Names.LOBBY));
  }

  @Test
  void aGuestCannotRenameToAnAccountNorAnAccountToAnything() {
    accounts.add("alice");
    MemberId owner = new MemberId("node", "edge.0", 1);
    hub.handle(new HubRequest.Hello(owner, "alice", true, "127.0.0.1"));
    MemberId guest = join("edge.0", 2, "bob");
    sent.clear();
    hub.handle(new HubRequest.Rename(guest, "ALICE"));
    hub.handle(new HubRequest.Rename(owner, "alice2"));
    hub.handle(new HubRequest.Rename(owner, "Alice"));
    assertThat(sent).extracting(Sent::event).startsWith(
        new EdgeEvent.ToMember(2, List.of(new ChatEvent.Refused(ChatEvent.Refusal.ALIAS_REGISTERED, "ALICE"))),
        new EdgeEvent.ToMember(1, List.of(new ChatEvent.Refused(ChatEvent.Refusal.LOGGED_IN, "alice"))));
    assertThat(sent).hasSizeGreaterThan(2);
  }

  private MemberId register(String edge, long conn, String alias) {
    MemberId id = new MemberId("node", edge, conn);
    hub.handle(new HubRequest.Hello(id, alias, false, "u-" + alias, "The " + alias, false, "127.0.0.1"));
    return id;
  }

  @Test
  void aMemberWhoAsksForNoLobbyIsAcceptedInNoRoom() {
    register("edge.0", 1, "irc");
    assertThat(sent).extracting(Sent::event).containsExactly(new EdgeEvent.Accepted(1, "irc", null));
    assertThat(hub.memberCount()).isEqualTo(1);
  }

  @Test
  void joiningARoomKeepsTheOthersAndAnswersWithWhoIsThere() {
    MemberId irc = register("edge.0", 1, "irc");
    join("edge.1", 1, "line");
    hub.handle(new HubRequest.Join(irc, "lobby", ""));
    sent.clear();
    hub.handle(new HubRequest.Join(irc, "Dev", ""));
    assertThat(sent).extracting(Sent::event).containsExactly(
        new EdgeEvent.ToMember(1, List.of(new ChatEvent.EnteredRoom("Dev"))),
        new EdgeEvent.Joined(1, "dev"),
        new EdgeEvent.ToMember(1, List.of(new ChatEvent.Members("Dev", List.of(new MemberInfo("irc", "u-irc", "The irc", "")),
            Map.of("irc", RoomRank.OWNER), false))));
    sent.clear();
    hub.handle(new HubRequest.Join(irc, "dev", ""));
    assertThat(sent).extracting(Sent::event).containsExactly(
        new EdgeEvent.ToMember(1, List.of(new ChatEvent.Refused(ChatEvent.Refusal.ALREADY_IN_ROOM, "Dev"))));
    sent.clear();
    hub.handle(new HubRequest.Say(irc, "lobby", "still here"));
    assertThat(sent).extracting(Sent::edge).containsExactlyInAnyOrder("edge.0", "edge.1");
  }

  @Test
  void partingLeavesOneRoomAndTheMemberGetsItsOwnCopyAfterTheRoom() {
    MemberId irc = register("edge.0", 1, "irc");
    join("edge.0", 2, "line");
    hub.handle(new HubRequest.Join(irc, "lobby", ""));
    sent.clear();
    hub.handle(new HubRequest.Part(irc, "lobby", "bye"));
    ChatEvent.Left left = new ChatEvent.Left("lobby", "irc", "bye");
    assertThat(sent).extracting(Sent::event).containsExactly(
        new EdgeEvent.Parted(1, "lobby"),
        new EdgeEvent.ToRoom("lobby", List.of(left)),
        new EdgeEvent.ToMember(1, List.of(left)));
    sent.clear();
    hub.handle(new HubRequest.Part(irc, "lobby", ""));
    hub.handle(new HubRequest.Part(irc, "nowhere", ""));
    assertThat(sent).extracting(Sent::event).containsExactly(
        new EdgeEvent.ToMember(1, List.of(new ChatEvent.Refused(ChatEvent.Refusal.NOT_IN_ROOM, "lobby"))),
        new EdgeEvent.ToMember(1, List.of(new ChatEvent.Refused(ChatEvent.Refusal.NO_SUCH_ROOM, "nowhere"))));
  }

  @Test
  void aQuitHeardInSeveralRoomsGoesToEachListenerOnceWithTheEventOfEachRoom() {
    MemberId irc = register("edge.0", 1, "irc");
    MemberId other = register("edge.0", 2, "other");
    for (MemberId id : List.of(irc, other)) {
      hub.handle(new HubRequest.Join(id, "a", ""));
      hub.handle(new HubRequest.Join(id, "b", ""));
    }
    sent.clear();
    hub.handle(new HubRequest.Gone(irc, ""));
    assertThat(sent).extracting(Sent::event).containsExactly(
        new EdgeEvent.Parted(1, "a"),
        new EdgeEvent.Parted(1, "b"),
        new EdgeEvent.ToRooms(List.of("a", "b"),
            List.of(new ChatEvent.Quit("a", "irc", ""), new ChatEvent.Quit("b", "irc", ""))));
  }

  @Test
  void whoisAnswersWithTheRoomsOrThatNobodyHasTheAlias() {
    MemberId irc = register("edge.0", 1, "irc");
    hub.handle(new HubRequest.Join(irc, "Dev", ""));
    hub.handle(new HubRequest.Away(irc, "away"));
    join("edge.0", 2, "line");
    sent.clear();
    hub.handle(new HubRequest.Whois(irc, "IRC"));
    hub.handle(new HubRequest.Whois(irc, "line"));
    hub.handle(new HubRequest.Whois(irc, "nobody"));
    assertThat(sent).extracting(Sent::event).containsExactly(
        new EdgeEvent.ToMember(1, List.of(new ChatEvent.Profile("irc", true,
            new MemberInfo("irc", "u-irc", "The irc", "away"), List.of("Dev")))),
        new EdgeEvent.ToMember(1, List.of(new ChatEvent.Profile("line", true,
            new MemberInfo("line", "line", "line", ""), List.of("lobby")))),
        new EdgeEvent.ToMember(1, List.of(new ChatEvent.Profile("nobody", false, null, List.of()))));
  }

  @Test
  void aNoticeToNobodyIsDroppedWithoutAWord() {
    MemberId irc = register("edge.0", 1, "irc");
    sent.clear();
    hub.handle(new HubRequest.Whisper(irc, "nobody", "automatic", true));
    assertThat(sent).isEmpty();
    hub.handle(new HubRequest.Whisper(irc, "nobody", "hello?", false));
    assertThat(sent).extracting(Sent::event).containsExactly(
        new EdgeEvent.ToMember(1, List.of(new ChatEvent.Refused(ChatEvent.Refusal.NO_SUCH_ALIAS, "nobody"))));
  }
}

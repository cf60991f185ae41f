package dev.relay.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.EdgeEvent;
import dev.relay.bus.HubRequest;
import dev.relay.bus.MemberId;
import dev.relay.bus.RoomAction;
import dev.relay.bus.SanctionKind;
import dev.relay.bus.SanctionTarget;
import dev.relay.testing.MovedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rooms' rules in the hub alone, with a clock the test moves: bans and mutes expire with no one acting. */
class RoomRulesHubTest {

  private final MovedClock clock = new MovedClock(Instant.parse("2026-11-30T12:00:00Z"));
  private final List<EdgeEvent> sent = new ArrayList<>();
  private final Hub hub = new Hub(new LocalAliases(), Peers.alone("node"), (edge, event) -> sent.add(event), clock,
      Registrations.NONE);

  private MemberId connect(long conn, String alias, String address) {
    MemberId id = new MemberId("node", "edge.0", conn);
    hub.handle(new HubRequest.Hello(id, alias, false, address));
    return id;
  }

  private void move(MemberId member, String from, String to) {
    hub.handle(new HubRequest.Move(member, from, to, ""));
  }

  /** {@code opener} opens dev, then {@code other} joins it. */
  private void bothInDev(MemberId opener, MemberId other) {
    move(opener, "lobby", "dev");
    move(other, "lobby", "dev");
  }

  /** What the hub told {@code conn} alone since the last call. */
  private List<ChatEvent> toldTo(long conn) {
    List<ChatEvent> told = new ArrayList<>();
    for (EdgeEvent event : sent) {
      if (event instanceof EdgeEvent.ToMember m && m.conn() == conn) {
        told.addAll(m.events());
      } else if (event instanceof EdgeEvent.Disconnect d && d.conn() == conn) {
        told.add(d.last());
      }
    }
    sent.clear();
    return told;
  }

  private void ban(MemberId by, String room, SanctionTarget target, Duration duration) {
    hub.handle(new HubRequest.Moderate(by, room, new RoomAction.Sanction(SanctionKind.BAN, target, duration, "spam")));
  }

  @Test
  void aTimedRoomBanKeepsTheMemberOutUntilItExpiresByItself() {
    MemberId alice = connect(1, "alice", "192.0.2.1");
    MemberId bob = connect(2, "bob", "192.0.2.2");
    bothInDev(alice, bob);
    toldTo(2);
    ban(alice, "dev", SanctionTarget.alias("bob"), Duration.ofMinutes(10));
    assertThat(toldTo(2)).contains(new ChatEvent.Kicked("dev", "bob", "alice", "banned: spam"),
        new ChatEvent.EnteredRoom("lobby"));
    Instant until = clock.instant().plus(Duration.ofMinutes(10));

    move(bob, "lobby", "dev");
    assertThat(toldTo(2)).containsExactly(new ChatEvent.Banned("dev", "alice", "spam", until));
    clock.advance(Duration.ofMinutes(10).minusMillis(1));
    move(bob, "lobby", "dev");
    assertThat(toldTo(2)).containsExactly(new ChatEvent.Banned("dev", "alice", "spam", until));

    clock.advance(Duration.ofMillis(1));
    move(bob, "lobby", "dev");
    assertThat(toldTo(2)).contains(new ChatEvent.EnteredRoom("dev"));
  }

  @Test
  void anAddressBanKeepsOutEveryAliasFromTheBlock() {
    MemberId alice = connect(1, "alice", "192.0.2.1");
    move(alice, "lobby", "dev");
    ban(alice, "dev", SanctionTarget.address("198.51.100.0/24"), null);
    MemberId troll = connect(2, "troll", "198.51.100.77");
    MemberId other = connect(3, "other", "203.0.113.5");
    toldTo(2);
    move(troll, "lobby", "dev");
    assertThat(toldTo(2)).containsExactly(new ChatEvent.Banned("dev", "alice", "spam", null));
    move(other, "lobby", "dev");
    assertThat(toldTo(3)).contains(new ChatEvent.EnteredRoom("dev"));
  }

  @Test
  void aTimedMuteSilencesUntilItExpires() {
    MemberId alice = connect(1, "alice", "192.0.2.1");
    MemberId bob = connect(2, "bob", "192.0.2.2");
    bothInDev(alice, bob);
    hub.handle(new HubRequest.Moderate(alice, "dev",
        new RoomAction.Sanction(SanctionKind.MUTE, SanctionTarget.alias("Bob"), Duration.ofHours(2), "")));
    toldTo(2);
    hub.handle(new HubRequest.Say(bob, "dev", "can anyone hear me?"));
    assertThat(toldTo(2)).containsExactly(new ChatEvent.Muted("dev", clock.instant().plus(Duration.ofHours(2))));
    clock.advance(Duration.ofHours(2));
    hub.handle(new HubRequest.Say(bob, "dev", "now?"));
    assertThat(sent).anyMatch(e -> e instanceof EdgeEvent.ToRoom room
        && room.events().get(0) instanceof ChatEvent.Said said && said.text().equals("now?"));
  }

  @Test
  void theOpenerOwnsARoomUntilItEmptiesThenTheNextOpenerDoes() {
    MemberId alice = connect(1, "alice", "192.0.2.1");
    MemberId bob = connect(2, "bob", "192.0.2.2");
    bothInDev(alice, bob);
    hub.handle(new HubRequest.Moderate(bob, "dev", new RoomAction.Kick("alice", "")));
    assertThat(toldTo(2)).contains(new ChatEvent.NeedsRoomRank("kick", "dev",
        dev.relay.bus.RoomRank.OPERATOR));
    move(alice, "dev", "lobby");
    move(bob, "dev", "lobby");
    move(bob, "lobby", "dev");
    move(alice, "lobby", "dev");
    toldTo(1);
    hub.handle(new HubRequest.Moderate(bob, "dev", new RoomAction.Kick("alice", "my room now")));
    assertThat(toldTo(1)).contains(new ChatEvent.Kicked("dev", "alice", "bob", "my room now"));
  }

  @Test
  void anOpenersRoomFollowsItsRenameAndEndsWhenItLeaves() {
    MemberId alice = connect(1, "alice", "192.0.2.1");
    MemberId bob = connect(2, "bob", "192.0.2.2");
    bothInDev(alice, bob);
    hub.handle(new HubRequest.Rename(alice, "alicia"));
    MemberId impostor = connect(3, "alice", "192.0.2.3");
    move(impostor, "lobby", "dev");
    toldTo(3);
    hub.handle(new HubRequest.Moderate(impostor, "dev", new RoomAction.Kick("bob", "")));
    assertThat(toldTo(3)).containsExactly(new ChatEvent.NeedsRoomRank("kick", "dev",
        dev.relay.bus.RoomRank.OPERATOR));
    hub.handle(new HubRequest.Moderate(alice, "dev", new RoomAction.SetTopic("still mine")));
    assertThat(toldTo(1)).isEmpty();

    move(alice, "dev", "lobby");
    move(alice, "lobby", "dev");
    toldTo(1);
    hub.handle(new HubRequest.Moderate(alice, "dev", new RoomAction.Kick("bob", "")));
    assertThat(toldTo(1)).containsExactly(new ChatEvent.NeedsRoomRank("kick", "dev",
        dev.relay.bus.RoomRank.OPERATOR));
  }

  @Test
  void anOpenerWhoStepsDownRunsTheRoomNoMore() {
    MemberId alice = connect(1, "alice", "192.0.2.1");
    MemberId bob = connect(2, "bob", "192.0.2.2");
    bothInDev(alice, bob);
    hub.handle(new HubRequest.Moderate(alice, "dev",
        new RoomAction.Grant("alice", dev.relay.bus.RoomRank.OPERATOR, false)));
    toldTo(1);
    hub.handle(new HubRequest.Moderate(alice, "dev", new RoomAction.Kick("bob", "")));
    assertThat(toldTo(1)).containsExactly(new ChatEvent.NeedsRoomRank("kick", "dev",
        dev.relay.bus.RoomRank.OPERATOR));
  }
}

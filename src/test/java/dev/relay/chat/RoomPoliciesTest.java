package dev.relay.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.bus.RoomRank;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A node's copy of the rooms' rules, as the changes every node hears shape it. */
class RoomPoliciesTest {

  private static final Instant T = Instant.parse("2026-11-30T12:00:00Z");

  @Test
  void twoOpenersAtOnceOnTwoInstancesEndWithTheSameOwnerWhicheverIsHeardFirst() {
    RoomChange.Opened alice = new RoomChange.Opened("dev", "dev", "alice", T);
    RoomChange.Opened carol = new RoomChange.Opened("dev", "dev", "carol", T.plusMillis(3));
    RoomPolicies first = new RoomPolicies();
    first.apply(alice);
    first.apply(carol);
    RoomPolicies second = new RoomPolicies();
    second.apply(carol);
    second.apply(alice);
    assertThat(first.rankOf("dev", "alice")).isEqualTo(RoomRank.OWNER);
    assertThat(second.rankOf("dev", "alice")).isEqualTo(RoomRank.OWNER);
    assertThat(second.rankOf("dev", "carol")).isNull();
  }

  @Test
  void aGuestsRankFollowsItsRenameAndGoesWhenItLeaves() {
    RoomPolicies policies = new RoomPolicies();
    policies.apply(new RoomChange.Opened("dev", "dev", "alice", T));
    policies.apply(new RoomChange.RankSet("dev", "bob", RoomRank.VOICE, true, false, "alice"));
    policies.renamed(java.util.List.of("dev"), "bob", "robert");
    assertThat(policies.rankOf("dev", "bob")).isNull();
    assertThat(policies.rankOf("dev", "robert")).isEqualTo(RoomRank.VOICE);
    policies.left("dev", "robert", false);
    assertThat(policies.rankOf("dev", "robert")).isNull();
    policies.left("dev", "alice", false);
    assertThat(policies.rankOf("dev", "alice")).isNull();
  }
}

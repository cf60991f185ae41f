package dev.relay.irc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.bus.RoomAction;
import dev.relay.bus.RoomMode;
import dev.relay.bus.RoomModes;
import dev.relay.bus.RoomRank;
import dev.relay.bus.SanctionKind;
import dev.relay.bus.SanctionTarget;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/IRC.md section 6 without sockets: MODE lines read into room actions, ban masks, RPL_CHANNELMODEIS. */
class ChannelModesTest {

  private static ChannelModes.Change change(RoomAction action) {
    return new ChannelModes.Change(action);
  }

  @Test
  void severalModesInOneLineTakeTheirParametersInOrder() {
    assertThat(ChannelModes.parse("+o-v+l", List.of("alice", "bob", "10"))).containsExactly(
        change(new RoomAction.Grant("alice", RoomRank.OPERATOR, true)),
        change(new RoomAction.Grant("bob", RoomRank.VOICE, false)),
        change(new RoomAction.SetMode(RoomMode.LIMIT, "10")));
    assertThat(ChannelModes.parse("-int", List.of())).containsExactly(
        change(new RoomAction.SetMode(RoomMode.INVITE_ONLY, "off")),
        change(new RoomAction.SetMode(RoomMode.NO_EXTERNAL, "off")),
        change(new RoomAction.SetMode(RoomMode.TOPIC_LOCK, "off")));
    assertThat(ChannelModes.parse("+ms-l", List.of())).containsExactly(
        change(new RoomAction.SetMode(RoomMode.MODERATED, "on")),
        change(new RoomAction.SetMode(RoomMode.SECRET, "on")),
        change(new RoomAction.SetMode(RoomMode.LIMIT, "")));
  }

  @Test
  void aMissingParameterIsIgnoredAndABadOneRefused() {
    assertThat(ChannelModes.parse("+ok", List.of())).isEmpty();
    assertThat(ChannelModes.parse("-k", List.of("old"))).containsExactly(change(new RoomAction.SetMode(RoomMode.KEY,
        "")));
    assertThat(ChannelModes.parse("+k", List.of("two words"))).singleElement()
        .isInstanceOfSatisfying(ChannelModes.Invalid.class, i -> assertThat(i.param()).isEqualTo("*"));
    assertThat(ChannelModes.parse("+l", List.of("0"))).singleElement()
        .isInstanceOfSatisfying(ChannelModes.Invalid.class, i -> assertThat(i.param()).isEqualTo("0"));
    assertThat(ChannelModes.parse("+qZ", List.of())).containsExactly(new ChannelModes.Unknown('q'),
        new ChannelModes.Unknown('Z'));
  }

  @Test
  void bansNameANickOrAnAddressAndWithoutAMaskListThemOnce() {
    assertThat(ChannelModes.parse("+b", List.of("bob!*@*"))).containsExactly(change(new RoomAction.Sanction(
        SanctionKind.BAN, SanctionTarget.alias("bob"), null, "")));
    assertThat(ChannelModes.parse("-b", List.of("*!*@10.1.2.3/8"))).containsExactly(change(new RoomAction.Lift(
        SanctionKind.BAN, SanctionTarget.address("10.0.0.0/8"))));
    assertThat(ChannelModes.parse("bb", List.of())).containsExactly(new ChannelModes.BanList());
    assertThat(ChannelModes.parse("e", List.of())).containsExactly(new ChannelModes.EmptyList('e'));

    assertThat(BanMasks.target("bob")).contains(SanctionTarget.alias("bob"));
    assertThat(BanMasks.target("bob!bob@relay")).contains(SanctionTarget.alias("bob"));
    assertThat(BanMasks.target("192.0.2.7")).contains(SanctionTarget.address("192.0.2.7"));
    assertThat(BanMasks.target("*!*@192.0.2.7")).contains(SanctionTarget.address("192.0.2.7"));
    assertThat(BanMasks.target("b*!*@*")).isEmpty();
    assertThat(BanMasks.target("*!*@host.example")).isEmpty();
    assertThat(BanMasks.target("*!*@*")).isEmpty();
    assertThat(BanMasks.mask(SanctionTarget.alias("bob"))).isEqualTo("bob!*@*");
    assertThat(BanMasks.mask(SanctionTarget.address("10.0.0.0/8"))).isEqualTo("*!*@10.0.0.0/8");
  }

  @Test
  void theSettingsShowAsFlagsThenTheKeyToMembersAndTheLimit() {
    assertThat(ChannelModes.describe(RoomModes.DEFAULT, true)).containsExactly("+tn");
    RoomModes keyed = RoomModes.DEFAULT.with(RoomMode.MODERATED, true).withKey("sesame").withLimit(5);
    assertThat(ChannelModes.describe(keyed, true)).containsExactly("+mkltn", "sesame", "5");
    assertThat(ChannelModes.describe(keyed, false)).containsExactly("+mkltn", "*", "5");
    assertThat(ChannelModes.describe(new RoomModes(false, false, false, false, false, null, null), true))
        .containsExactly("+");
  }
}

package dev.relay.irc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.chat.RoomCount;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The gateway's plain parts, without sockets: parsing, text, masks, LIST filters, WHOX. */
class IrcPartsTest {

  @Test
  void aLineParsesIntoItsCommandAndParametersPastTagsAndPrefix() {
    assertThat(IrcMessage.parse("@time=x :nick!u@h privmsg #dev :hello  there"))
        .isEqualTo(new IrcMessage("PRIVMSG", List.of("#dev", "hello  there")));
    assertThat(IrcMessage.parse("JOIN   #a,#b   key")).isEqualTo(new IrcMessage("JOIN", List.of("#a,#b", "key")));
    assertThat(IrcMessage.parse("PING :")).isEqualTo(new IrcMessage("PING", List.of("")));
    assertThat(IrcMessage.parse("   ")).isNull();
    assertThat(IrcMessage.parse("A 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15 16").params())
        .hasSize(15).last().isEqualTo("15 16");
    assertThat(IrcMessage.commandOf("privmsg #x :\u00ff".getBytes(StandardCharsets.ISO_8859_1))).isEqualTo("PRIVMSG");
    assertThat(IrcMessage.commandOf(new byte[] {(byte) 0xff, ' ', 'x'})).isEqualTo("*");
  }

  @Test
  void formattingIsRemovedAndCtcpActionIsAnAction() {
    assertThat(IrcText.parse("\u0002bold\u0002 \u000304,12red\u0003 \u001Ditalic\u000F"))
        .isEqualTo(new IrcText.Text("bold red italic"));
    assertThat(IrcText.parse("\u0001ACTION waves\u0001")).isEqualTo(new IrcText.Action("waves"));
    assertThat(IrcText.parse("\u0001VERSION\u0001")).isEqualTo(new IrcText.Nothing());
    assertThat(IrcText.parse("\u0002\u0002")).isEqualTo(new IrcText.Nothing());
    assertThat(IrcText.parse("a\tb")).isEqualTo(new IrcText.Text("a b"));
  }

  @Test
  void longTextIsCutAtASpaceOrBetweenCharactersNeverInsideOne() {
    List<String> pieces = IrcText.pieces("\u00e9".repeat(300), 101);
    assertThat(String.join("", pieces)).isEqualTo("\u00e9".repeat(300));
    assertThat(pieces).allMatch(p -> p.getBytes(StandardCharsets.UTF_8).length <= 101);
    assertThat(IrcText.pieces("aaaa bbbb cccc", 10)).containsExactly("aaaa bbbb ", "cccc");
    assertThat(IrcText.pieces("short", 10)).containsExactly("short");
  }

  @Test
  void masksMatchWithoutRegardToAsciiCase() {
    assertThat(Masks.matches("coolni*", "coolNick")).isTrue();
    assertThat(Masks.matches("c?olnick", "COOLNICK")).isTrue();
    assertThat(Masks.matches("*an1", "#chan1")).isTrue();
    assertThat(Masks.matches("*an1", "#chan12")).isFalse();
    assertThat(Masks.matches("*", "")).isTrue();
  }

  @Test
  void listFiltersByNameMaskNegatedMaskAndMemberCount() {
    List<RoomCount> rooms = List.of(new RoomCount("lobby", 0), new RoomCount("chan1", 1), new RoomCount("Chan2", 2));
    assertThat(listed(rooms, null)).containsExactly("chan1", "Chan2");
    assertThat(listed(rooms, "#CHAN2,#nope")).containsExactly("Chan2");
    assertThat(listed(rooms, "#c*n2")).containsExactly("Chan2");
    assertThat(listed(rooms, "!*an1")).containsExactly("Chan2");
    assertThat(listed(rooms, ">1")).containsExactly("Chan2");
    assertThat(listed(rooms, "<2")).containsExactly("chan1");
    assertThat(listed(rooms, "#lobby")).as("named, even empty").containsExactly("lobby");
  }

  private static List<String> listed(List<RoomCount> rooms, String param) {
    RoomFilter filter = RoomFilter.parse(param);
    return rooms.stream().filter(filter::accepts).map(RoomCount::name).toList();
  }

  @Test
  void whoxRepliesCarryTheAskedFieldsInTheSpecificationsOrder() {
    Whox whox = Whox.parse("%nt,321");
    assertThat(whox.reply("#c", "user", "srv", "nick", "H", "Real Name")).containsExactly("321", "nick");
    assertThat(Whox.parse("%rcuf").reply("#c", "user", "srv", "nick", "G", "Real Name"))
        .containsExactly("#c", "user", "G", "Real Name");
    assertThat(Whox.parse("o")).isNull();
  }
}

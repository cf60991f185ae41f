package dev.relay.irc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.bus.HistoryQuery;
import dev.relay.bus.HistoryRef;
import dev.relay.irc.ChathistoryCommand.Ask;
import dev.relay.irc.ChathistoryCommand.Fail;
import dev.relay.irc.ChathistoryCommand.NoHistory;
import dev.relay.irc.ChathistoryCommand.Targets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/IRC.md section 10: CHATHISTORY's parameters and the msgid form, without a server. */
class ChathistoryCommandTest {

  private static final Instant AT = Instant.parse("2026-11-30T14:09:55.123Z");

  private static ChathistoryCommand.Parsed parse(String line) {
    return ChathistoryCommand.parse(Arrays.asList(line.split(" ")));
  }

  @Test
  void aMsgidNamesTheRoomTheLineAndItsTimeAndParsesBack() {
    assertThat(MessageIds.of("dev", 42, AT, 1)).isEqualTo("dev:42:1796047795123");
    assertThat(MessageIds.of("dev", 42, AT, 2)).isEqualTo("dev:42:1796047795123:2");
    assertThat(MessageIds.parse("dev:42:1796047795123")).isEqualTo(new MessageIds.Ref("dev", 42));
    assertThat(MessageIds.parse("my-room_2:7:0:3")).isEqualTo(new MessageIds.Ref("my-room_2", 7));
    assertThat(List.of("dev:42", "dev:x:1", "dev:0:1", "Dev:1:1", "d.v:1:1", ":1:1", "dev:1:1:1", "dev:1:1:2:3"))
        .allSatisfy(id -> assertThat(MessageIds.parse(id)).as(id).isNull());
  }

  @Test
  void everySubcommandBecomesItsQuery() {
    HistoryRef line4 = HistoryRef.line(4);
    HistoryRef at = HistoryRef.time(AT);
    assertThat(parse("LATEST #Dev * 50"))
        .isEqualTo(new Ask("LATEST", "#Dev", "dev", new HistoryQuery.Latest(null, 50)));
    assertThat(parse("latest #dev msgid=dev:4:1 10"))
        .isEqualTo(new Ask("LATEST", "#dev", "dev", new HistoryQuery.Latest(line4, 10)));
    assertThat(parse("BEFORE #dev timestamp=2026-11-30T14:09:55.123Z 10"))
        .isEqualTo(new Ask("BEFORE", "#dev", "dev", new HistoryQuery.Before(at, 10)));
    assertThat(parse("AFTER #dev msgid=dev:4:1:2 10"))
        .isEqualTo(new Ask("AFTER", "#dev", "dev", new HistoryQuery.After(line4, 10)));
    assertThat(parse("AROUND #dev msgid=dev:4:1 3"))
        .isEqualTo(new Ask("AROUND", "#dev", "dev", new HistoryQuery.Around(line4, 3)));
    assertThat(parse("BETWEEN #dev msgid=dev:4:1 timestamp=2026-11-30T14:09:55.123Z 99999999999"))
        .isEqualTo(new Ask("BETWEEN", "#dev", "dev", new HistoryQuery.Between(line4, at, Integer.MAX_VALUE)));
  }

  @Test
  void aNickOrEveryConversationHasNoHistoryAndTargetsListsNone() {
    assertThat(parse("LATEST bob * 10")).isEqualTo(new NoHistory("LATEST", "bob"));
    assertThat(parse("BEFORE * timestamp=2026-11-30T14:09:55.123Z 10")).isEqualTo(new NoHistory("BEFORE", "*"));
    assertThat(parse("TARGETS timestamp=2020-01-01T00:00:00.000Z timestamp=2262-01-01T00:00:00.000Z 10"))
        .isInstanceOf(Targets.class);
  }

  @Test
  void whatCannotBeReadIsAFailWithItsCode() {
    assertThat(parse("FOO #dev * 10")).isEqualTo(new Fail("INVALID_PARAMS", List.of("FOO"), "Unknown subcommand"));
    assertThat(parse("LATEST #dev *"))
        .isEqualTo(new Fail("INVALID_PARAMS", List.of("LATEST"), "Insufficient parameters"));
    assertThat(parse("BEFORE #dev msgid=dev:1:1 10 more"))
        .isEqualTo(new Fail("INVALID_PARAMS", List.of("BEFORE"), "Too many parameters"));
    assertThat(parse("LATEST #dev * ten")).isEqualTo(new Fail("INVALID_PARAMS", List.of("LATEST", "ten"),
        "Invalid limit"));
    assertThat(parse("BEFORE #dev * 10")).isEqualTo(new Fail("INVALID_PARAMS", List.of("BEFORE", "*"),
        "Invalid message reference"));
    assertThat(parse("AFTER #dev timestamp=yesterday 10"))
        .isEqualTo(new Fail("INVALID_PARAMS", List.of("AFTER", "timestamp=yesterday"), "Invalid timestamp"));
    assertThat(parse("AFTER #dev msgid=abc 10"))
        .isEqualTo(new Fail("INVALID_PARAMS", List.of("AFTER", "msgid=abc"), "Invalid msgid"));
    assertThat(parse("AFTER #dev msgid=ops:3:1 10"))
        .isEqualTo(new Fail("INVALID_PARAMS", List.of("AFTER", "msgid=ops:3:1"), "That msgid is not from #dev"));
    assertThat(parse("AFTER #dev seq=3 10")).isEqualTo(new Fail("INVALID_MSGREFTYPE",
        List.of("AFTER", "#dev", "seq=3"), "Only msgid and timestamp references are supported"));
    assertThat(parse("LATEST #bad.name * 10")).isEqualTo(new Fail("INVALID_TARGET", List.of("LATEST", "#bad.name"),
        "Messages could not be retrieved"));
    assertThat(parse("LATEST bad!nick * 10")).isInstanceOf(Fail.class);
    assertThat(parse("TARGETS msgid=dev:1:1 timestamp=2262-01-01T00:00:00.000Z 10"))
        .isEqualTo(new Fail("INVALID_PARAMS", List.of("TARGETS", "msgid=dev:1:1"), "Invalid timestamp"));
  }

  @Test
  void tagsHaveTheirOwnBudgetBesideTheLines() {
    String tags = "@+baz=" + "a".repeat(4089) + " ";
    assertThat(tags).hasSize(4096);
    String line = "PRIVMSG #dev :" + "b".repeat(496);
    assertThat(line).hasSize(510);
    assertThat(IrcMessage.tooLong((tags + line).getBytes())).isFalse();
    assertThat(IrcMessage.tooLong(("@+baz=" + "a".repeat(4090) + " TAGMSG #dev").getBytes())).isTrue();
    assertThat(IrcMessage.tooLong((line + "b").getBytes())).isTrue();
    assertThat(IrcMessage.tooLong((tags + line + "b").getBytes())).isTrue();
  }
}

package dev.relay.irc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.bus.ChatEvent;
import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** docs/IRC.md sections 4 and 10: room lines with and without their tags, rendered once per variant. */
class IrcDialectTest {

  private static final Instant AT = Instant.parse("2026-11-30T14:09:55.123Z");
  private static final IrcDialect.Variants VARIANTS = new IrcDialect.Variants("relay");

  private static List<String> render(IrcDialect dialect, ChatEvent event) {
    return List.of(dialect.render(event).toString().split("\r\n"));
  }

  @Test
  void roomLinesCarryTheTagsTheVariantStandsFor() {
    ChatEvent said = new ChatEvent.Said("Dev", 42, AT, "bob", "hi");
    assertThat(render(VARIANTS.of(false, false), said)).containsExactly(":bob!bob@relay PRIVMSG #Dev :hi");
    assertThat(render(VARIANTS.of(true, false), said))
        .containsExactly("@time=2026-11-30T14:09:55.123Z :bob!bob@relay PRIVMSG #Dev :hi");
    assertThat(render(VARIANTS.of(false, true), said))
        .containsExactly("@msgid=dev:42:1796047795123 :bob!bob@relay PRIVMSG #Dev :hi");
    assertThat(render(VARIANTS.of(true, true), new ChatEvent.TopicChanged("dev", 43, AT, "news", "bob")))
        .containsExactly("@msgid=dev:43:1796047795123;time=2026-11-30T14:09:55.123Z :bob!bob@relay TOPIC #dev :news");
    assertThat(render(VARIANTS.of(false, true), new ChatEvent.Acted("dev", 44, AT, "bob", "waves")))
        .containsExactly("@msgid=dev:44:1796047795123 :bob!bob@relay PRIVMSG #dev :\u0001ACTION waves\u0001");
    assertThat(VARIANTS.of(true, true)).isSameAs(VARIANTS.of(true, true)).isNotSameAs(VARIANTS.of(true, false));
  }

  @Test
  void eachPieceOfALongLineHasItsOwnMsgidAndAHistoryLineItsBatch() {
    List<String> pieces = render(VARIANTS.of(false, true),
        new ChatEvent.Noticed("dev", 7, AT, "bob", "word ".repeat(200).strip()));
    assertThat(pieces).hasSize(3);
    assertThat(pieces.get(0)).startsWith("@msgid=dev:7:1796047795123 :bob!bob@relay NOTICE #dev :word");
    assertThat(pieces.get(1)).startsWith("@msgid=dev:7:1796047795123:2 :bob!bob@relay NOTICE #dev :word");
    assertThat(pieces.get(2)).startsWith("@msgid=dev:7:1796047795123:3 ");
    Buffer out = Buffer.buffer();
    VARIANTS.of(false, false).line(new ChatEvent.Said("dev", 8, AT, "bob", "old"), "h1", out);
    assertThat(out.toString()).isEqualTo("@batch=h1 :bob!bob@relay PRIVMSG #dev :old\r\n");
  }

  @Test
  void aClearedHistoryIsANoticeToTheChannelAndAPrivateMessageKeepsItsTime() {
    assertThat(render(VARIANTS.of(true, true), new ChatEvent.HistoryCleared("dev", "alice")))
        .containsExactly(
            ":relay NOTICE #dev :alice cleared the history of #dev: what was said before is no longer kept");
    Buffer out = Buffer.buffer();
    VARIANTS.of(true, true).renderPrivate(new ChatEvent.PrivateMessage("bob", AT, "psst", false), "carol", out);
    assertThat(out.toString()).isEqualTo("@time=2026-11-30T14:09:55.123Z :bob!bob@relay PRIVMSG carol :psst\r\n");
  }
}

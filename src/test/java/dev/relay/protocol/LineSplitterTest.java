package dev.relay.protocol;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineSplitterTest {

  private final LineSplitter splitter = new LineSplitter(8);

  private List<String> feed(String... chunks) {
    List<String> out = new ArrayList<>();
    for (String chunk : chunks) {
      splitter.feed(chunk.getBytes(StandardCharsets.UTF_8));
      for (Frame f = splitter.next(); f != null; f = splitter.next()) {
        out.add(f instanceof Frame.Line line ? new String(line.bytes(), StandardCharsets.UTF_8) : "TOO LONG");
      }
    }
    return out;
  }

  @Test
  void splitsOnLineFeedAndDropsACarriageReturnBeforeIt() {
    assertThat(feed("a\nbb\r\n\nc\rd\n")).containsExactly("a", "bb", "", "c\rd");
  }

  @Test
  void joinsLinesSplitAcrossChunks() {
    assertThat(feed("hel", "lo\nwo", "rld", "\n")).containsExactly("hello", "world");
  }

  @Test
  void lineAtTheLimitPassesEvenWithCarriageReturn() {
    assertThat(feed("12345678\n", "abcdefgh\r\n")).containsExactly("12345678", "abcdefgh");
  }

  @Test
  void lineOverTheLimitIsReportedOnceAndDiscardedUpToItsLineFeed() {
    assertThat(feed("123456789\nok\n")).containsExactly("TOO LONG", "ok");
    assertThat(feed("1234", "56789", "abc", "def\nnext\n")).containsExactly("TOO LONG", "next");
  }

  @Test
  void lineOneOverTheLimitWithoutCarriageReturnIsTooLong() {
    assertThat(feed("123456789", "\n")).containsExactly("TOO LONG");
  }

  @Test
  void tooLongIsReportedAsSoonAsTheLimitIsPassedWithoutWaitingForTheLineFeed() {
    assertThat(feed("1234567890ab")).containsExactly("TOO LONG");
    assertThat(feed("more", "\nafter\n")).containsExactly("after");
  }

  @Test
  void memoryStaysBoundedForAHundredMegabytesWithoutNewline() {
    LineSplitter big = new LineSplitter(4096);
    byte[] chunk = new byte[64 * 1024];
    Arrays.fill(chunk, (byte) 'x');
    int tooLong = 0;
    for (int i = 0; i < 1600; i++) {
      big.feed(chunk);
      for (Frame f = big.next(); f != null; f = big.next()) {
        tooLong++;
      }
      assertThat(big.heldBytes()).isLessThanOrEqualTo(4097);
    }
    assertThat(tooLong).isEqualTo(1);
    big.feed("\nhi\n".getBytes(StandardCharsets.UTF_8));
    assertThat(big.next()).isInstanceOfSatisfying(Frame.Line.class,
        l -> assertThat(new String(l.bytes(), StandardCharsets.UTF_8)).isEqualTo("hi"));
  }

  @Test
  void chunksFedBeforeTheLastWasConsumedWaitTheirTurn() {
    splitter.feed("a\nb\n".getBytes(StandardCharsets.UTF_8));
    assertThat(splitter.next()).isInstanceOf(Frame.Line.class);
    splitter.feed("c\n".getBytes(StandardCharsets.UTF_8));
    List<String> rest = new ArrayList<>();
    for (Frame f = splitter.next(); f != null; f = splitter.next()) {
      rest.add(new String(((Frame.Line) f).bytes(), StandardCharsets.UTF_8));
    }
    assertThat(rest).containsExactly("b", "c");
  }

  @Test
  void idleSplitterHoldsNoLineBuffer() {
    feed("partial");
    assertThat(splitter.heldBytes()).isPositive();
    feed("\n");
    assertThat(splitter.heldBytes()).isZero();
  }
}

package dev.relay.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
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

  @Test
  void findsEveryLineFeedWhateverItsOffsetAndTheBytesAroundIt() {
    // The LF search reads eight bytes at a time: LFs at every offset in a word, next to bytes one off LF
    // (0x0B, 0x09) and with the high bit set (0x8A, 0xFF), in random cuts, split exactly as a byte-by-byte scan does.
    byte[] alphabet = {'\n', '\n', '\r', 0x0B, 0x09, (byte) 0x8A, (byte) 0xFF, 0x00, 0x01, 'a'};
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      byte[] stream = new byte[random.nextInt(200)];
      for (int i = 0; i < stream.length; i++) {
        stream[i] = alphabet[random.nextInt(alphabet.length)];
      }
      LineSplitter wide = new LineSplitter(4096);
      List<String> lines = new ArrayList<>();
      for (int from = 0; from < stream.length; ) {
        int to = Math.min(stream.length, from + 1 + random.nextInt(40));
        wide.feed(Arrays.copyOfRange(stream, from, to));
        for (Frame f = wide.next(); f != null; f = wide.next()) {
          lines.add(Arrays.toString(((Frame.Line) f).bytes()));
        }
        from = to;
      }
      assertThat(lines).as("round %d", round).isEqualTo(linesScannedByteByByte(stream));
    }
  }

  private static List<String> linesScannedByteByByte(byte[] stream) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < stream.length; i++) {
      if (stream[i] == '\n') {
        int end = i > start && stream[i - 1] == '\r' ? i - 1 : i;
        lines.add(Arrays.toString(Arrays.copyOfRange(stream, start, end)));
        start = i + 1;
      }
    }
    return lines;
  }
}

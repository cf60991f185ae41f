package dev.relay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Lines out of chunks: split anywhere, LF or CRLF, bounded. */
class LineScannerTest {

  private final List<String> lines = new ArrayList<>();
  private final LineScanner scanner = new LineScanner(64,
      (bytes, from, to) -> lines.add(new String(bytes, from, to - from, StandardCharsets.UTF_8)));

  @Test
  void linesEndInLfOrCrlfAndLoseTheirEnding() {
    assertThat(scanner.feed(Buffer.buffer("alias?\r\nb0: hi\n\r\n"))).isTrue();

    assertThat(lines).containsExactly("alias?", "b0: hi", "");
  }

  @Test
  void aLineSplitOverChunksComesOutWhole() {
    scanner.feed(Buffer.buffer("b0: b 1 2"));
    scanner.feed(Buffer.buffer(" 3 xxx\r"));
    assertThat(lines).isEmpty();

    scanner.feed(Buffer.buffer("\nnext\n"));

    assertThat(lines).containsExactly("b0: b 1 2 3 xxx", "next");
  }

  @Test
  void everyLineLengthAndSplitPointIsFound() {
    StringBuilder all = new StringBuilder();
    List<String> expected = new ArrayList<>();
    for (int length = 0; length < 40; length++) {
      String line = "x".repeat(length);
      expected.add(line);
      all.append(line).append(length % 2 == 0 ? "\n" : "\r\n");
    }
    byte[] bytes = all.toString().getBytes(StandardCharsets.US_ASCII);
    for (int chunk = 1; chunk <= 17; chunk++) {
      lines.clear();
      for (int at = 0; at < bytes.length; at += chunk) {
        scanner.feed(Buffer.buffer().appendBytes(bytes, at, Math.min(chunk, bytes.length - at)));
      }
      assertThat(lines).as("chunks of %d", chunk).isEqualTo(expected);
    }
  }

  @Test
  void anUnfinishedLinePastTheLimitIsReported() {
    assertThat(scanner.feed(Buffer.buffer("y".repeat(64)))).isTrue();
    assertThat(scanner.feed(Buffer.buffer("y"))).isFalse();
  }
}

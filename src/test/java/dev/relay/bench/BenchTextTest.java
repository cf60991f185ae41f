package dev.relay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The message text: written padded to size, read back field by field, anything else refused. */
class BenchTextTest {

  private final BenchText reader = new BenchText();

  @Test
  void aTextIsPaddedToItsSizeAndReadsBack() {
    byte[] text = new byte[128];
    int length = BenchText.write(text, 7, 123_456, 987_654_321_012_345L, 64);

    assertThat(length).isEqualTo(64);
    assertThat(new String(text, 0, length, StandardCharsets.US_ASCII)).startsWith("b 7 123456 987654321012345 xxx");
    assertThat(reader.read(text, 0, length)).isTrue();
    assertThat(reader.sender()).isEqualTo(7);
    assertThat(reader.seq()).isEqualTo(123_456);
    assertThat(reader.nanos()).isEqualTo(987_654_321_012_345L);
  }

  @Test
  void aSizeBelowTheHeaderKeepsTheWholeHeader() {
    byte[] text = new byte[BenchText.MAX_HEADER_BYTES + 1];
    int length = BenchText.write(text, 0, 0, -42, 1);

    assertThat(new String(text, 0, length, StandardCharsets.US_ASCII)).isEqualTo("b 0 0 -42");
    assertThat(reader.read(text, 0, length)).isTrue();
    assertThat(reader.nanos()).isEqualTo(-42);
  }

  @Test
  void readsARangeInsideALargerLine() {
    byte[] line = "alice: b 12 34 56789 xx".getBytes(StandardCharsets.US_ASCII);

    assertThat(reader.read(line, 7, line.length)).isTrue();
    assertThat(reader.sender()).isEqualTo(12);
    assertThat(reader.seq()).isEqualTo(34);
    assertThat(reader.nanos()).isEqualTo(56789);
  }

  @Test
  void otherTextIsNotABenchText() {
    for (String other : new String[] {"hello there", "b", "b 1 2", "b x 1 2", "b 1 2 3x", "bb 1 2 3",
        "b 1 2 1234567890123456789", "b 99999999999 1 2", "b 1 2 -"}) {
      byte[] line = other.getBytes(StandardCharsets.US_ASCII);
      assertThat(reader.read(line, 0, line.length)).as(other).isFalse();
    }
  }

  @Test
  void everyNumberWidthReadsBackExactly() {
    Random random = new Random(42);
    byte[] text = new byte[128];
    for (int i = 0; i < 20_000; i++) {
      int digits = 1 + random.nextInt(18);
      long seq = Math.abs(random.nextLong()) % (long) Math.pow(10, digits);
      long nanos = random.nextLong() % 1_000_000_000_000_000_000L;
      int sender = random.nextInt(Integer.MAX_VALUE);
      int length = BenchText.write(text, sender, seq, nanos, random.nextInt(80));

      assertThat(reader.read(text, 0, length)).isTrue();
      assertThat(reader.sender()).isEqualTo(sender);
      assertThat(reader.seq()).isEqualTo(seq);
      assertThat(reader.nanos()).isEqualTo(nanos);
    }
  }
}

package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ByteSizeTest {

  @Test
  void readsTheServersSizesAsTheMostTheyMayStandFor() {
    assertThat(ByteSize.parse("10 MB")).hasValue((long) (10.5 * (1 << 20)));
    assertThat(ByteSize.parse("10 MiB")).hasValue((long) (10.5 * (1 << 20)));
    assertThat(ByteSize.parse("1.4 MB")).hasValue((long) (1.45 * (1 << 20)));
    assertThat(ByteSize.parse("182 KB")).hasValue(182L * 1024 + 512);
    assertThat(ByteSize.parse("512 bytes")).hasValue(512);
    assertThat(ByteSize.parse("1 byte")).hasValue(1);
    assertThat(ByteSize.parse("7 B")).hasValue(7);
    assertThat(ByteSize.parse("ten MB")).isEmpty();
  }

  @Test
  void writesSizesAsTheServerDoes() {
    assertThat(ByteSize.format(1)).isEqualTo("1 byte");
    assertThat(ByteSize.format(512)).isEqualTo("512 bytes");
    assertThat(ByteSize.format(182 * 1024 + 100)).isEqualTo("182 KB");
    assertThat(ByteSize.format(4L << 20)).isEqualTo("4.0 MB");
    assertThat(ByteSize.format(12L << 20)).isEqualTo("12 MB");
    assertThat(ByteSize.format(3L << 29)).isEqualTo("1.5 GB");
  }

  @Test
  void writesProgressInTheTotalsUnit() {
    assertThat(ByteSize.ofTotal(4L << 20, 10L << 20)).isEqualTo("4.0 of 10.0 MB");
    assertThat(ByteSize.ofTotal(100, 300)).isEqualTo("100.0 of 300.0 B");
    assertThat(ByteSize.ofTotal(512, 2048)).isEqualTo("0.5 of 2.0 KB");
  }
}

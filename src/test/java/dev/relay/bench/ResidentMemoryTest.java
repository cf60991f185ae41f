package dev.relay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ResidentMemoryTest {

  @Test
  void readsVmRssFromAStatusText() {
    String status = "Name:\tjava\nVmPeak:\t 5000 kB\nVmRSS:\t  123456 kB\nThreads:\t40\n";

    assertThat(ResidentMemory.parse(status)).isEqualTo(OptionalLong.of(123_456));
  }

  @Test
  void aStatusWithoutVmRssGivesNothing() {
    assertThat(ResidentMemory.parse("Name:\tkthreadd\n")).isEmpty();
  }

  @Test
  void thisProcessHasAResidentSize() {
    assertThat(ResidentMemory.kibibytes(ProcessHandle.current().pid())).isPresent();
  }
}

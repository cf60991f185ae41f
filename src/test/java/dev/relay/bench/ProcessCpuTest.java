package dev.relay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProcessCpuTest {

  @Test
  void addsUserAndSystemTicksFromAStatText() {
    String stat = "4242 (java) S 1 4242 4242 0 -1 4194560 52003 0 12 0 1234 567 0 0 20 0 42 0 1780442 "
        + "3133440 416 18446744073709551615 1 1 0 0 0 0 0 0 0 0 0 0 17 1 0 0 0 0 0\n";

    assertThat(ProcessCpu.parse(stat)).isEqualTo(OptionalLong.of(1234 + 567));
  }

  @Test
  void aNameWithSpacesAndParenthesesDoesNotShiftTheFields() {
    String stat = "77 (my (odd) server) R 1 77 77 0 -1 0 0 0 0 0 300 45 0 0 20 0 1 0 99 0 0";

    assertThat(ProcessCpu.parse(stat)).isEqualTo(OptionalLong.of(345));
  }

  @Test
  void aTruncatedOrStrangeTextGivesNothing() {
    assertThat(ProcessCpu.parse("77 (short) R 1 2 3")).isEmpty();
    assertThat(ProcessCpu.parse("no name here")).isEmpty();
    assertThat(ProcessCpu.parse("1 (x) S 1 1 1 0 -1 0 0 0 0 0 lots 2 0 0")).isEmpty();
  }

  @Test
  void thisProcessHasUsedSomeCpuAndNoProcessZeroHasNone() {
    long self = ProcessHandle.current().pid();

    assertThat(ProcessCpu.seconds(self).getAsDouble()).isPositive();
    assertThat(ProcessCpu.seconds(0)).isEmpty();
    assertThat(ProcessCpu.seconds(List.of(self, 0L))).isEmpty();
    assertThat(ProcessCpu.seconds(List.of())).hasValue(0);
  }
}

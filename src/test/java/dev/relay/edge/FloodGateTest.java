package dev.relay.edge;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FloodGateTest {

  private final AtomicLong now = new AtomicLong();
  private final FloodGate gate = new FloodGate(10, 3, now::get);

  @Test
  void burstPassesAtOnceThenTheGateCloses() {
    assertThat(gate.tryPass()).isTrue();
    assertThat(gate.tryPass()).isTrue();
    assertThat(gate.tryPass()).isTrue();
    assertThat(gate.tryPass()).isFalse();
    assertThat(gate.waitMillis()).isEqualTo(100);
  }

  @Test
  void refillsAtTheRateUpToTheBurst() {
    for (int i = 0; i < 3; i++) {
      gate.tryPass();
    }
    now.addAndGet(250_000_000L);
    assertThat(gate.tryPass()).isTrue();
    assertThat(gate.tryPass()).isTrue();
    assertThat(gate.tryPass()).isFalse();
    assertThat(gate.waitMillis()).isEqualTo(50);
    now.addAndGet(60_000_000_000L);
    int passed = 0;
    while (gate.tryPass()) {
      passed++;
    }
    assertThat(passed).isEqualTo(3);
  }
}

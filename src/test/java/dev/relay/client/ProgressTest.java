package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.testing.MovedClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private static final long TEN_MB = 10L << 20;
  private final MovedClock clock = new MovedClock(Instant.parse("2026-11-30T17:00:00Z"));

  @Test
  void aQuickTransferSaysNothing() {
    Progress progress = new Progress(clock, "sending cat.png", TEN_MB);
    clock.advance(Duration.ofMillis(249));
    assertThat(progress.moved(TEN_MB)).isEmpty();
  }

  @Test
  void saysHowFarAfterAQuarterSecond() {
    Progress progress = new Progress(clock, "sending cat.png", TEN_MB);
    clock.advance(Progress.EVERY);
    assertThat(progress.moved(4L << 20)).contains("sending cat.png: 40% (4.0 of 10.0 MB)");
  }

  @Test
  void thenAtMostEveryQuarterSecondAndOnlyAfterAnotherFivePercent() {
    Progress progress = new Progress(clock, "getting x", TEN_MB);
    clock.advance(Progress.EVERY);
    assertThat(progress.moved(TEN_MB / 10)).isPresent();
    clock.advance(Duration.ofMillis(100));
    assertThat(progress.moved(TEN_MB / 2)).as("too soon").isEmpty();
    clock.advance(Duration.ofMillis(150));
    assertThat(progress.moved(TEN_MB / 10 + TEN_MB / 50)).as("only 2% more").isEmpty();
    assertThat(progress.moved(TEN_MB * 15 / 100)).contains("getting x: 15% (1.5 of 10.0 MB)");
  }

  @Test
  void aSlowTransferStillSaysALineEveryFewSeconds() {
    Progress progress = new Progress(clock, "getting x", TEN_MB);
    clock.advance(Progress.EVERY);
    assertThat(progress.moved(TEN_MB / 10)).isPresent();
    clock.advance(Progress.AT_LEAST);
    assertThat(progress.moved(TEN_MB / 10 + 1)).contains("getting x: 10% (1.0 of 10.0 MB)");
  }

  @Test
  void withoutALengthSaysHowMuchSoFar() {
    Progress progress = new Progress(clock, "getting x", -1);
    clock.advance(Progress.EVERY);
    assertThat(progress.moved(3L << 20)).contains("getting x: 3.0 MB");
  }
}

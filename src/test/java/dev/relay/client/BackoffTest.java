package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {

  @Test
  void delaysDoubleUpToTheCeiling() {
    Backoff backoff = unspread(Backoff.UNLIMITED);
    List<Long> seconds = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      seconds.add(backoff.next().orElseThrow().toSeconds());
    }
    assertThat(seconds).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
  }

  @Test
  void unlimitedNeverGivesUpAndNeverOverflows() {
    Backoff backoff = unspread(Backoff.UNLIMITED);
    Optional<Duration> last = Optional.empty();
    for (int i = 0; i < 10_000; i++) {
      last = backoff.next();
    }
    assertThat(last).contains(Duration.ofSeconds(30));
  }

  @Test
  void givesUpAfterTheAllowedAttempts() {
    Backoff backoff = unspread(3);
    assertThat(backoff.next()).contains(Duration.ofSeconds(1));
    assertThat(backoff.next()).contains(Duration.ofSeconds(2));
    assertThat(backoff.next()).contains(Duration.ofSeconds(4));
    assertThat(backoff.next()).isEmpty();
    assertThat(backoff.used()).isEqualTo(3);
  }

  @Test
  void zeroAttemptsGivesUpAtOnce() {
    assertThat(unspread(0).next()).isEmpty();
  }

  @Test
  void resetStartsTheSeriesAgain() {
    Backoff backoff = unspread(2);
    backoff.next();
    backoff.next();
    backoff.reset();
    assertThat(backoff.used()).isZero();
    assertThat(backoff.next()).contains(Duration.ofSeconds(1));
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 1, () -> 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 1, () -> 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Backoff.standard(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void eachDelayIsSpreadByHalfEitherWaySoDroppedClientsDoNotRedialTogether() {
    assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 1, () -> 0.5).next())
        .contains(Duration.ofMillis(500));
    assertThat(new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 1, () -> 1.5).next())
        .contains(Duration.ofMillis(1500));
    Backoff ceiling = new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30), 7, () -> 1.25);
    Optional<Duration> last = Optional.empty();
    for (int i = 0; i < 7; i++) {
      last = ceiling.next();
    }
    assertThat(last).contains(Duration.ofMillis(37_500));
  }

  @Test
  void theStandardSpreadStaysWithinItsBoundsAndVaries() {
    Backoff backoff = Backoff.standard(Backoff.UNLIMITED);
    List<Duration> firsts = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      firsts.add(backoff.next().orElseThrow());
      backoff.reset();
    }
    assertThat(firsts).allSatisfy(d -> assertThat(d).isBetween(Duration.ofMillis(500), Duration.ofMillis(1500)));
    assertThat(firsts.stream().distinct().count()).as("distinct delays among 200").isGreaterThan(100);
  }

  private static Backoff unspread(int attempts) {
    return new Backoff(Backoff.FIRST_DELAY, Backoff.MAX_DELAY, attempts, () -> 1);
  }
}

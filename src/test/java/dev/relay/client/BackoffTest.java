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
    Backoff backoff = Backoff.standard(Backoff.UNLIMITED);
    List<Long> seconds = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      seconds.add(backoff.next().orElseThrow().toSeconds());
    }
    assertThat(seconds).containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L, 30L);
  }

  @Test
  void unlimitedNeverGivesUpAndNeverOverflows() {
    Backoff backoff = Backoff.standard(Backoff.UNLIMITED);
    Optional<Duration> last = Optional.empty();
    for (int i = 0; i < 10_000; i++) {
      last = backoff.next();
    }
    assertThat(last).contains(Duration.ofSeconds(30));
  }

  @Test
  void givesUpAfterTheAllowedAttempts() {
    Backoff backoff = Backoff.standard(3);
    assertThat(backoff.next()).contains(Duration.ofSeconds(1));
    assertThat(backoff.next()).contains(Duration.ofSeconds(2));
    assertThat(backoff.next()).contains(Duration.ofSeconds(4));
    assertThat(backoff.next()).isEmpty();
    assertThat(backoff.used()).isEqualTo(3);
  }

  @Test
  void zeroAttemptsGivesUpAtOnce() {
    assertThat(Backoff.standard(0).next()).isEmpty();
  }

  @Test
  void resetStartsTheSeriesAgain() {
    Backoff backoff = Backoff.standard(2);
    backoff.next();
    backoff.next();
    backoff.reset();
    assertThat(backoff.used()).isZero();
    assertThat(backoff.next()).contains(Duration.ofSeconds(1));
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> new Backoff(Duration.ZERO, Duration.ofSeconds(1), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(1), 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Backoff.standard(-1)).isInstanceOf(IllegalArgumentException.class);
  }
}

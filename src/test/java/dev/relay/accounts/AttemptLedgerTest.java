package dev.relay.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AttemptLedgerTest {

  private static final AttemptPolicies POLICIES = AttemptPolicies.of(
      new AttemptPolicy(3, Duration.ofMinutes(1)), new AttemptPolicy(5, Duration.ofMinutes(10)));
  private static final String ALICE = AttemptPolicies.account("alice");
  private static final String HOME = AttemptPolicies.address("10.0.0.1");

  private final AtomicLong now = new AtomicLong(1_700_000_000_000L);
  private final AttemptLedger ledger = new AttemptLedger(POLICIES, now::get, 100);

  private void fail(int times, String... keys) {
    for (int i = 0; i < times; i++) {
      ledger.failed(List.of(keys));
    }
  }

  @Test
  void aKeyIsBlockedFromItsLimitUntilItsWindowEndsCountingDown() {
    fail(2, ALICE);
    assertThat(ledger.blockedSeconds(List.of(ALICE))).isZero();
    now.addAndGet(10_000);
    fail(1, ALICE);
    assertThat(ledger.blockedSeconds(List.of(ALICE))).as("window from the first failure").isEqualTo(50);
    now.addAndGet(49_001);
    assertThat(ledger.blockedSeconds(List.of(ALICE))).as("rounded up").isEqualTo(1);
    now.addAndGet(999);
    assertThat(ledger.blockedSeconds(List.of(ALICE))).isZero();
  }

  @Test
  void failuresAfterTheLimitDoNotStretchTheWindow() {
    fail(3, ALICE);
    now.addAndGet(30_000);
    fail(10, ALICE);
    assertThat(ledger.blockedSeconds(List.of(ALICE))).isEqualTo(30);
  }

  @Test
  void anEndedWindowStartsAfreshAtTheNextFailure() {
    fail(3, ALICE);
    now.addAndGet(60_000);
    fail(1, ALICE);
    assertThat(ledger.blockedSeconds(List.of(ALICE))).isZero();
    fail(2, ALICE);
    assertThat(ledger.blockedSeconds(List.of(ALICE))).isEqualTo(60);
  }

  @Test
  void theLongestBlockOfTheKeysIsTheAnswer() {
    fail(5, ALICE, HOME);
    assertThat(ledger.blockedSeconds(List.of(ALICE))).isEqualTo(60);
    assertThat(ledger.blockedSeconds(List.of(HOME))).isEqualTo(600);
    assertThat(ledger.blockedSeconds(List.of(ALICE, HOME))).isEqualTo(600);
    assertThat(ledger.blockedSeconds(List.of(AttemptPolicies.account("bob"), HOME))).isEqualTo(600);
    assertThat(ledger.blockedSeconds(List.of())).isZero();
  }

  @Test
  void successClearsTheAccountKeyButNotTheAddress() {
    fail(3, ALICE, HOME);
    ledger.succeeded(ALICE);
    assertThat(ledger.blockedSeconds(List.of(ALICE))).isZero();
    fail(2, HOME);
    assertThat(ledger.blockedSeconds(List.of(HOME))).isEqualTo(600);
  }

  @Test
  void endedWindowsAreDroppedAsNewKeysArrive() {
    fail(1, ALICE, HOME);
    assertThat(ledger.size()).isEqualTo(2);
    now.addAndGet(60_000);
    fail(1, AttemptPolicies.account("bob"));
    assertThat(ledger.size()).as("alice's window ended, the address's has not").isEqualTo(2);
  }

  @Test
  void atMostMaxKeysAreTrackedAndTheOldestGoesFirst() {
    AttemptLedger small = new AttemptLedger(POLICIES, now::get, 3);
    small.failed(List.of(AttemptPolicies.address("10.0.0.1")));
    now.addAndGet(1_000);
    for (String name : List.of("a", "b", "c")) {
      small.failed(List.of(AttemptPolicies.account(name), AttemptPolicies.account(name), AttemptPolicies.account(name)));
      now.addAndGet(1_000);
    }
    assertThat(small.size()).isEqualTo(3);
    assertThat(small.blockedSeconds(List.of(AttemptPolicies.account("a")))).isPositive();
    small.failed(List.of(AttemptPolicies.account("d")));
    assertThat(small.size()).isEqualTo(3);
    assertThat(small.blockedSeconds(List.of(AttemptPolicies.account("a")))).as("the oldest, a, dropped").isZero();
    assertThat(small.blockedSeconds(List.of(AttemptPolicies.account("c")))).isPositive();
  }

  @Test
  void aKeyOfNoConfiguredKindIsRefused() {
    assertThatThrownBy(() -> ledger.failed(List.of("nick:alice"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ledger.blockedSeconds(List.of("alice"))).isInstanceOf(IllegalArgumentException.class);
  }
}

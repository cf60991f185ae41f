package dev.relay.store;

import static dev.relay.store.Sanction.SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relay.bus.SanctionKind;
import dev.relay.bus.TargetType;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every back end of {@link SqlSanctionStore} must do; one subclass per back end. */
abstract class SanctionStoreContract extends StoreContract {

  private static final Instant NOW = Instant.parse("2025-06-01T12:00:00.123456Z");
  private static final Instant EXPIRY = NOW.plus(Duration.ofHours(2));

  private SanctionStore sanctions;

  @BeforeEach
  void openStore() {
    sanctions = new SqlSanctionStore(database.pool());
  }

  @Test
  void aSanctionReadsBackAsItWasAdded() throws Exception {
    Sanction ban = new Sanction("b1", SanctionKind.BAN, "lounge", TargetType.ALIAS, "mallory", "spam", "alice", NOW, EXPIRY);
    Sanction mute = new Sanction("m1", SanctionKind.MUTE, SERVER, TargetType.ADDRESS, "2001:db8::/32", "", "bob",
        NOW.plusSeconds(1), null);
    await(sanctions.add(ban));
    await(sanctions.add(mute));
    assertThat(await(sanctions.active(NOW))).containsExactly(ban, mute);
  }

  @Test
  void aTakenIdIsRefused() throws Exception {
    await(sanctions.add(ban("b1", "lounge", "mallory", null)));
    assertThatThrownBy(() -> await(sanctions.add(ban("b1", SERVER, "trudy", null))))
        .satisfies(e -> assertThat(e.getMessage().toLowerCase(Locale.ROOT)).contains("sanctions"));
    assertThat(await(sanctions.active(NOW))).extracting(Sanction::target).containsExactly("mallory");
  }

  @Test
  void aSanctionHoldsUntilTheInstantItExpires() throws Exception {
    Sanction timed = ban("b1", "lounge", "mallory", EXPIRY);
    Sanction permanent = ban("b2", "lounge", "trudy", null);
    await(sanctions.add(timed));
    await(sanctions.add(permanent));
    assertThat(await(sanctions.active(EXPIRY.minusNanos(1000)))).containsExactly(timed, permanent);
    assertThat(await(sanctions.active(EXPIRY))).containsExactly(permanent);
    assertThat(await(sanctions.active("lounge", EXPIRY.minusNanos(1000)))).containsExactly(timed, permanent);
    assertThat(await(sanctions.active("lounge", EXPIRY))).containsExactly(permanent);
    assertThat(timed.activeAt(EXPIRY.minusNanos(1000))).isTrue();
    assertThat(timed.activeAt(EXPIRY)).isFalse();
    assertThat(permanent.activeAt(Instant.MAX)).isTrue();
  }

  @Test
  void aScopesListHoldsOnlyThatScope() throws Exception {
    Sanction lounge = ban("b1", "lounge", "mallory", null);
    Sanction attic = ban("b2", "attic", "mallory", null);
    Sanction server = mute("m1", SERVER, "trudy", null);
    await(sanctions.add(lounge));
    await(sanctions.add(attic));
    await(sanctions.add(server));
    assertThat(await(sanctions.active("lounge", NOW))).containsExactly(lounge);
    assertThat(await(sanctions.active(SERVER, NOW))).containsExactly(server);
    assertThat(await(sanctions.active("cellar", NOW))).isEmpty();
  }

  @Test
  void removingTakesEveryMatchOfKindScopeAndTarget() throws Exception {
    await(sanctions.add(ban("b1", "lounge", "mallory", null)));
    await(sanctions.add(ban("b2", "lounge", "mallory", EXPIRY)));
    Sanction mute = mute("m1", "lounge", "mallory", null);
    Sanction elsewhere = ban("b3", "attic", "mallory", null);
    Sanction byAddress = new Sanction("b4", SanctionKind.BAN, "lounge", TargetType.ADDRESS, "mallory", "", "alice", NOW,
        null);
    await(sanctions.add(mute));
    await(sanctions.add(elsewhere));
    await(sanctions.add(byAddress));
    assertThat(await(sanctions.remove(SanctionKind.BAN, "lounge", TargetType.ALIAS, "mallory"))).isEqualTo(2);
    assertThat(await(sanctions.active(NOW))).containsExactlyInAnyOrder(mute, elsewhere, byAddress);
  }

  @Test
  void removingWhatIsNotThereRemovesNothing() throws Exception {
    await(sanctions.add(ban("b1", SERVER, "mallory", null)));
    assertThat(await(sanctions.remove(SanctionKind.BAN, "lounge", TargetType.ALIAS, "mallory"))).isZero();
    assertThat(await(sanctions.remove(SanctionKind.MUTE, SERVER, TargetType.ALIAS, "mallory"))).isZero();
    assertThat(await(sanctions.remove(SanctionKind.BAN, SERVER, TargetType.ALIAS, "trudy"))).isZero();
    assertThat(await(sanctions.active(NOW))).hasSize(1);
  }

  @Test
  void anExpiredSanctionIsRemovedToo() throws Exception {
    await(sanctions.add(mute("m1", SERVER, "mallory", EXPIRY)));
    assertThat(await(sanctions.remove(SanctionKind.MUTE, SERVER, TargetType.ALIAS, "mallory"))).isEqualTo(1);
  }

  @Test
  void purgingDeletesWhatExpiredAtOrBeforeNow() throws Exception {
    Sanction sooner = ban("b1", "lounge", "mallory", EXPIRY);
    Sanction later = mute("m1", SERVER, "trudy", EXPIRY.plusNanos(1000));
    Sanction permanent = ban("b2", SERVER, "eve", null);
    await(sanctions.add(sooner));
    await(sanctions.add(later));
    await(sanctions.add(permanent));
    assertThat(await(sanctions.purgeExpired(EXPIRY.minusNanos(1000)))).isZero();
    assertThat(await(sanctions.purgeExpired(EXPIRY))).isEqualTo(1);
    assertThat(await(sanctions.active(Instant.EPOCH))).containsExactly(permanent, later);
    assertThat(await(sanctions.purgeExpired(Instant.parse("9999-01-01T00:00:00Z")))).isEqualTo(1);
    assertThat(await(sanctions.active(Instant.EPOCH))).containsExactly(permanent);
  }

  @Test
  void timesAreKeptToTheMicrosecondInUtc() throws Exception {
    Instant nanos = Instant.parse("2025-06-01T14:00:00.123456789+02:00");
    await(sanctions.add(new Sanction("b1", SanctionKind.BAN, SERVER, TargetType.ADDRESS, "10.0.0.0/8", "", "alice", nanos,
        nanos.plus(Duration.ofDays(1)))));
    Sanction stored = await(sanctions.active(NOW)).get(0);
    assertThat(stored.setAt()).isEqualTo(Instant.parse("2025-06-01T12:00:00.123456Z"));
    assertThat(stored.expiresAt()).isEqualTo(Instant.parse("2025-06-02T12:00:00.123456Z"));
  }

  private static Sanction ban(String id, String scope, String alias, Instant expiresAt) {
    return new Sanction(id, SanctionKind.BAN, scope, TargetType.ALIAS, alias, "", "alice", NOW, expiresAt);
  }

  private static Sanction mute(String id, String scope, String alias, Instant expiresAt) {
    return new Sanction(id, SanctionKind.MUTE, scope, TargetType.ALIAS, alias, "", "alice", NOW, expiresAt);
  }
}

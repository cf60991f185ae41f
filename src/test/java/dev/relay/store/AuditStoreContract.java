package dev.relay.store;

import static dev.relay.store.Sanction.SERVER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every back end of {@link SqlAuditStore} must do; one subclass per back end. */
abstract class AuditStoreContract extends StoreContract {

  private static final Instant T1 = Instant.parse("2025-06-01T12:00:00.000001Z");
  private static final Instant T2 = Instant.parse("2025-06-01T12:00:00.000002Z");
  private static final Instant T3 = Instant.parse("2025-06-01T12:05:00Z");

  private AuditStore audit;

  @BeforeEach
  void openStore() {
    audit = new SqlAuditStore(database.pool());
  }

  @Test
  void anEntryReadsBackAsItWasRecorded() throws Exception {
    await(audit.record("alice", "ban", "mallory", "lounge", "spam", T1));
    List<AuditEntry> entries = await(audit.recent(10));
    assertThat(entries).hasSize(1);
    AuditEntry entry = entries.get(0);
    assertThat(entry).isEqualTo(new AuditEntry(entry.id(), T1, "alice", "ban", "mallory", "lounge", "spam"));
  }

  /** Newest first by time, whatever the order of recording; the same instant in the order recorded, newest first. */
  @Test
  void recentIsNewestFirst() throws Exception {
    await(audit.record("alice", "op", "bob", "lounge", "", T2));
    await(audit.record("alice", "topic", "", "lounge", "", T3));
    await(audit.record("bob", "kick", "mallory", "lounge", "", T1));
    await(audit.record("bob", "mute", "mallory", "lounge", "", T2));
    assertThat(await(audit.recent(10))).extracting(AuditEntry::action)
        .containsExactly("topic", "mute", "op", "kick");
  }

  @Test
  void recentStopsAtTheLimit() throws Exception {
    await(audit.record("alice", "a1", "", SERVER, "", T1));
    await(audit.record("alice", "a2", "", SERVER, "", T2));
    await(audit.record("alice", "a3", "", SERVER, "", T3));
    assertThat(await(audit.recent(2))).extracting(AuditEntry::action).containsExactly("a3", "a2");
    assertThat(await(audit.recent(1))).extracting(AuditEntry::action).containsExactly("a3");
    assertThat(await(audit.recent(0))).isEmpty();
    assertThatThrownBy(() -> await(audit.recent(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aScopesEntriesAreOnlyItsOwn() throws Exception {
    await(audit.record("alice", "gban", "mallory", SERVER, "", T1));
    await(audit.record("alice", "ban", "trudy", "lounge", "", T2));
    await(audit.record("bob", "op", "carol", "attic", "", T3));
    await(audit.record("bob", "kick", "trudy", "lounge", "", T3));
    assertThat(await(audit.recent("lounge", 10))).extracting(AuditEntry::action).containsExactly("kick", "ban");
    assertThat(await(audit.recent("lounge", 1))).extracting(AuditEntry::action).containsExactly("kick");
    assertThat(await(audit.recent(SERVER, 10))).extracting(AuditEntry::action).containsExactly("gban");
    assertThat(await(audit.recent("cellar", 10))).isEmpty();
  }

  @Test
  void idsIncreaseInRecordingOrder() throws Exception {
    await(audit.record("alice", "a1", "", SERVER, "", T3));
    await(audit.record("alice", "a2", "", SERVER, "", T1));
    List<AuditEntry> entries = await(audit.recent(10));
    assertThat(entries.get(0).id()).isLessThan(entries.get(1).id());
  }
}

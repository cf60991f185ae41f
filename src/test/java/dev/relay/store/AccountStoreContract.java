package dev.relay.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relay.accounts.ServerRole;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** What every back end of {@link SqlAccountStore} must do; one subclass per back end. */
abstract class AccountStoreContract {

  @RegisterExtension
  static final TestDatabases DATABASES = new TestDatabases();

  private static final Instant NOW = Instant.parse("2025-06-01T12:00:00.123456Z");
  private static final String TOKEN_A = "a".repeat(64);
  private static final String TOKEN_B = "b".repeat(64);

  @TempDir
  Path dir;

  private Vertx vertx;
  private Database database;
  private AccountStore store;

  /** A store configuration of this back end, empty. */
  abstract StoreConfig config(Path dir);

  @BeforeEach
  void open() throws Exception {
    vertx = Vertx.vertx();
    database = await(Database.open(vertx, config(dir)));
    store = new SqlAccountStore(database.pool(), Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterEach
  void close() throws Exception {
    await(database.close());
    await(vertx.close());
  }

  @Test
  void anAccountReadsBackAsItWasCreated() throws Exception {
    Account alice = account("alice", "Alice");
    assertThat(await(store.create(alice))).isTrue();
    assertThat(await(store.find("alice"))).contains(alice);
    assertThat(await(store.find("bob"))).isEmpty();
  }

  @Test
  void timesAreKeptToTheMicrosecondInUtc() throws Exception {
    Instant nanos = Instant.parse("2025-06-01T14:00:00.123456789+02:00");
    await(store.create(new Account("alice", "Alice", "h", ServerRole.NONE, nanos)));
    assertThat(await(store.find("alice")).orElseThrow().createdAt())
        .isEqualTo(Instant.parse("2025-06-01T12:00:00.123456Z"));
  }

  @Test
  void aTakenKeyIsRefusedAndTheFirstAccountKept() throws Exception {
    Account first = account("alice", "Alice");
    await(store.create(first));
    assertThat(await(store.create(new Account("alice", "ALICE", "other", ServerRole.ADMIN, NOW)))).isFalse();
    assertThat(await(store.find("alice"))).contains(first);
  }

  @Test
  void passwordsChangeOnlyForAccountsThatExist() throws Exception {
    await(store.create(account("alice", "Alice")));
    assertThat(await(store.changePassword("alice", "new-hash"))).isTrue();
    assertThat(await(store.find("alice")).orElseThrow().passwordHash()).isEqualTo("new-hash");
    assertThat(await(store.changePassword("bob", "new-hash"))).isFalse();
  }

  @Test
  void rolesChangeOnlyForAccountsThatExist() throws Exception {
    await(store.create(account("alice", "Alice")));
    assertThat(await(store.setRole("alice", ServerRole.MODERATOR))).isTrue();
    assertThat(await(store.find("alice")).orElseThrow().role()).isEqualTo(ServerRole.MODERATOR);
    assertThat(await(store.setRole("bob", ServerRole.ADMIN))).isFalse();
  }

  @Test
  void deletingAnAccountTakesItsTokensAlong() throws Exception {
    await(store.create(account("alice", "Alice")));
    await(store.create(account("bob", "Bob")));
    await(store.addResumeToken(TOKEN_A, "alice", NOW.plus(Duration.ofDays(1))));
    await(store.addResumeToken(TOKEN_B, "bob", NOW.plus(Duration.ofDays(1))));
    assertThat(await(store.delete("alice"))).isTrue();
    assertThat(await(store.find("alice"))).isEmpty();
    assertThat(await(store.resumeTokenAccount(TOKEN_A, NOW))).isEmpty();
    assertThat(await(store.resumeTokenAccount(TOKEN_B, NOW))).contains("bob");
    assertThat(await(store.delete("alice"))).isFalse();
  }

  @Test
  void namesListEveryAccountByKeyWithItsRole() throws Exception {
    await(store.create(account("carol", "Carol")));
    await(store.create(account("alice", "Alice")));
    await(store.create(new Account("bob", "Bob", "h", ServerRole.ADMIN, NOW)));
    assertThat(await(store.names())).containsExactly(new AccountName("alice", "Alice", ServerRole.NONE),
        new AccountName("bob", "Bob", ServerRole.ADMIN), new AccountName("carol", "Carol", ServerRole.NONE));
  }

  @Test
  void aTokenResumesUntilItExpires() throws Exception {
    await(store.create(account("alice", "Alice")));
    Instant expiry = NOW.plus(Duration.ofHours(1));
    await(store.addResumeToken(TOKEN_A, "alice", expiry));
    assertThat(await(store.resumeTokenAccount(TOKEN_A, NOW))).contains("alice");
    assertThat(await(store.resumeTokenAccount(TOKEN_A, expiry.minusNanos(1000)))).contains("alice");
    assertThat(await(store.resumeTokenAccount(TOKEN_A, expiry))).isEmpty();
    assertThat(await(store.resumeTokenAccount(TOKEN_B, NOW))).isEmpty();
  }

  @Test
  void expiredTokensAreDeletedAndCounted() throws Exception {
    await(store.create(account("alice", "Alice")));
    await(store.addResumeToken(TOKEN_A, "alice", NOW.plus(Duration.ofHours(1))));
    await(store.addResumeToken(TOKEN_B, "alice", NOW.plus(Duration.ofHours(2))));
    assertThat(await(store.deleteExpiredTokens(NOW))).isZero();
    assertThat(await(store.deleteExpiredTokens(NOW.plus(Duration.ofHours(1))))).isEqualTo(1);
    assertThat(await(store.resumeTokenAccount(TOKEN_B, NOW))).contains("alice");
  }

  @Test
  void revokingRemovesEveryTokenOfTheAccount() throws Exception {
    await(store.create(account("alice", "Alice")));
    await(store.addResumeToken(TOKEN_A, "alice", NOW.plus(Duration.ofHours(1))));
    await(store.addResumeToken(TOKEN_B, "alice", NOW.plus(Duration.ofHours(1))));
    await(store.revokeResumeTokens("alice"));
    assertThat(await(store.resumeTokenAccount(TOKEN_A, NOW))).isEmpty();
    assertThat(await(store.resumeTokenAccount(TOKEN_B, NOW))).isEmpty();
  }

  @Test
  void aTokenForNoAccountIsRefused() {
    assertThatThrownBy(() -> await(store.addResumeToken(TOKEN_A, "nobody", NOW.plus(Duration.ofHours(1)))))
        .hasMessageContaining("account_key");
  }

  private static Account account(String key, String name) {
    return new Account(key, name, "hash-of-" + key, ServerRole.NONE, NOW);
  }

  static <T> T await(Future<T> future) throws Exception {
    return future.await(20, TimeUnit.SECONDS);
  }
}

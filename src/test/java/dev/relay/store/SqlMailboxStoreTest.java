package dev.relay.store;

import static dev.relay.store.StoreContract.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relay.accounts.ServerRole;
import dev.relay.store.StoreConfig.Backend;
import io.vertx.core.Vertx;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What {@link SqlMailboxStore} must do on both back ends: every test runs once on an H2 file in PostgreSQL mode and
 * once on a real PostgreSQL 14, each a database migrated once for the class and emptied before each test, with the
 * accounts alice and bob.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlMailboxStoreTest {

  @RegisterExtension
  static final TestDatabases DATABASES = new TestDatabases();

  private static final Instant T1 = Instant.parse("2025-06-01T12:00:00.000001Z");
  private static final Instant T2 = Instant.parse("2025-06-01T12:00:00.000002Z");
  private static final Instant T3 = Instant.parse("2025-06-01T12:05:00Z");
  private static final int ROOMY = 100;

  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.METHOD)
  @ParameterizedTest(name = "{0}")
  @EnumSource(Backend.class)
  @interface OnBothBackends {
  }

  private final Map<Backend, Database> databases = new EnumMap<>(Backend.class);
  private Vertx vertx;

  @BeforeAll
  void openDatabases(@TempDir Path dir) throws Exception {
    vertx = Vertx.vertx();
    databases.put(Backend.EMBEDDED, await(Database.open(vertx, DATABASES.embedded(dir, 2))));
    databases.put(Backend.POSTGRES, await(Database.open(vertx, DATABASES.freshPostgres(2))));
  }

  /** Deleting the accounts deletes their mailboxes. */
  @BeforeEach
  void startWithAliceAndBob() throws Exception {
    for (Database database : databases.values()) {
      await(database.pool().query("DELETE FROM accounts").execute());
      AccountStore accounts = accounts(database);
      for (String key : new String[] {"alice", "bob"}) {
        await(accounts.create(new Account(key, key, "h", ServerRole.NONE, T1)));
      }
    }
  }

  @AfterAll
  void closeDatabases() throws Exception {
    for (Database database : databases.values()) {
      await(database.close());
    }
    await(vertx.close());
  }

  @OnBothBackends
  void aMessageReadsBackAsItWasKept(Backend backend) throws Exception {
    MailboxStore mailbox = mailbox(backend);
    Instant nanos = Instant.parse("2025-06-01T14:00:00.123456789+02:00");
    assertThat(await(mailbox.keep("alice", "Carol", "see you ✋", true, nanos, ROOMY))).isTrue();
    List<KeptMessage> waiting = await(mailbox.waiting("alice"));
    assertThat(waiting).hasSize(1);
    KeptMessage kept = waiting.get(0);
    assertThat(kept).isEqualTo(new KeptMessage(kept.id(), "alice", "Carol", "see you ✋", true,
        Instant.parse("2025-06-01T12:00:00.123456Z")));
    assertThat(await(mailbox.waiting("bob"))).isEmpty();
  }

  @OnBothBackends
  void keepRefusesOnceTheMailboxHoldsTheLimit(Backend backend) throws Exception {
    MailboxStore mailbox = mailbox(backend);
    assertThat(await(mailbox.keep("alice", "carol", "1", false, T1, 3))).isTrue();
    assertThat(await(mailbox.keep("alice", "carol", "2", false, T1, 3))).isTrue();
    assertThat(await(mailbox.keep("alice", "carol", "3", false, T1, 3))).isTrue();
    assertThat(await(mailbox.keep("alice", "carol", "4", false, T1, 3))).isFalse();
    assertThat(await(mailbox.keep("bob", "carol", "b", false, T1, 1))).isTrue();
    assertThat(await(mailbox.keep("bob", "carol", "b", false, T1, 0))).isFalse();
    assertThat(await(mailbox.waiting("alice"))).extracting(KeptMessage::text).containsExactly("1", "2", "3");
    long second = await(mailbox.waiting("alice")).get(1).id();
    await(mailbox.delivered("alice", second));
    assertThat(await(mailbox.keep("alice", "carol", "5", false, T1, 3))).isTrue();
    assertThat(await(mailbox.waiting("alice"))).extracting(KeptMessage::text).containsExactly("3", "5");
    assertThatThrownBy(() -> await(mailbox.keep("alice", "carol", "6", false, T1, -1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @OnBothBackends
  void nothingIsKeptForAnAccountThatDoesNotExist(Backend backend) throws Exception {
    MailboxStore mailbox = mailbox(backend);
    assertThat(await(mailbox.keep("nobody", "carol", "hello", false, T1, ROOMY))).isFalse();
    assertThat(await(mailbox.waiting("nobody"))).isEmpty();
  }

  /** Ids follow the order messages were kept in, whatever the times they were sent. */
  @OnBothBackends
  void waitingIsOldestFirst(Backend backend) throws Exception {
    MailboxStore mailbox = mailbox(backend);
    await(mailbox.keep("alice", "carol", "first", false, T3, ROOMY));
    await(mailbox.keep("bob", "carol", "for bob", false, T2, ROOMY));
    await(mailbox.keep("alice", "dave", "second", true, T1, ROOMY));
    await(mailbox.keep("alice", "carol", "third", false, T2, ROOMY));
    List<KeptMessage> waiting = await(mailbox.waiting("alice"));
    assertThat(waiting).extracting(KeptMessage::text).containsExactly("first", "second", "third");
    assertThat(waiting).extracting(KeptMessage::id).isSorted();
  }

  @OnBothBackends
  void deliveredDeletesTheAccountsMessagesThroughTheId(Backend backend) throws Exception {
    MailboxStore mailbox = mailbox(backend);
    await(mailbox.keep("bob", "carol", "for bob", false, T1, ROOMY));
    for (String text : new String[] {"1", "2", "3"}) {
      await(mailbox.keep("alice", "carol", text, false, T1, ROOMY));
    }
    long second = await(mailbox.waiting("alice")).get(1).id();
    assertThat(await(mailbox.delivered("alice", second))).isEqualTo(2);
    assertThat(await(mailbox.delivered("alice", second))).isZero();
    assertThat(await(mailbox.waiting("alice"))).extracting(KeptMessage::text).containsExactly("3");
    assertThat(await(mailbox.waiting("bob"))).extracting(KeptMessage::text).containsExactly("for bob");
  }

  @OnBothBackends
  void deleteOlderThanDeletesWhatWasSentBeforeTheCutoff(Backend backend) throws Exception {
    MailboxStore mailbox = mailbox(backend);
    await(mailbox.keep("alice", "carol", "t1", false, T1, ROOMY));
    await(mailbox.keep("bob", "carol", "t2", false, T2, ROOMY));
    await(mailbox.keep("alice", "carol", "t3", false, T3, ROOMY));
    assertThat(await(mailbox.deleteOlderThan(T1))).isZero();
    assertThat(await(mailbox.deleteOlderThan(T3))).isEqualTo(2);
    assertThat(await(mailbox.waiting("alice"))).extracting(KeptMessage::text).containsExactly("t3");
    assertThat(await(mailbox.waiting("bob"))).isEmpty();
  }

  @OnBothBackends
  void deletingAnAccountDeletesItsMailbox(Backend backend) throws Exception {
    MailboxStore mailbox = mailbox(backend);
    await(mailbox.keep("alice", "carol", "for alice", false, T1, ROOMY));
    await(mailbox.keep("bob", "carol", "for bob", false, T1, ROOMY));
    assertThat(await(accounts(databases.get(backend)).delete("alice"))).isTrue();
    assertThat(await(mailbox.waiting("alice"))).isEmpty();
    assertThat(await(databases.get(backend).pool().query("SELECT COUNT(*) FROM mailbox").execute())
        .iterator().next().getLong(0)).isEqualTo(1L);
  }

  private MailboxStore mailbox(Backend backend) {
    return new SqlMailboxStore(databases.get(backend).pool());
  }

  private static AccountStore accounts(Database database) {
    return new SqlAccountStore(database.pool(), Clock.systemUTC());
  }
}

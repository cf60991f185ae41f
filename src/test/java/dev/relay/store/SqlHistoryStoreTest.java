package dev.relay.store;

import static dev.relay.store.StoreContract.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relay.bus.LineKind;
import dev.relay.store.StoreConfig.Backend;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What {@link SqlHistoryStore} must do on both back ends: every test runs once on an H2 file in PostgreSQL mode and
 * once on a real PostgreSQL 14, each a database migrated once for the class and emptied before each test.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlHistoryStoreTest {

  @RegisterExtension
  static final TestDatabases DATABASES = new TestDatabases();

  /** Line n of a room is said n minutes after this, so that a time names a line. */
  private static final Instant START = Instant.parse("2025-06-01T12:00:00.000001Z");
  private static final Instant LONG_AGO = Instant.EPOCH;

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

  @BeforeEach
  void emptyDatabases() throws Exception {
    for (Database database : databases.values()) {
      await(database.pool().query("DELETE FROM room_lines").execute());
      await(database.pool().query("DELETE FROM room_marks").execute());
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
  void aLineReadsBackAsItWasAppended(Backend backend) throws Exception {
    HistoryStore history = history(backend);
    Instant nanos = Instant.parse("2025-06-01T14:00:00.123456789+02:00");
    await(history.append(List.of(new StoredLine("lounge", 1, nanos, LineKind.ACTED, "alice", "waves ✋"),
        new StoredLine("lounge", 2, nanos, LineKind.TOPIC, "bob", ""))));
    Instant micros = Instant.parse("2025-06-01T12:00:00.123456Z");
    assertThat(await(history.after("lounge", 0, 10, LONG_AGO))).containsExactly(
        new StoredLine("lounge", 1, micros, LineKind.ACTED, "alice", "waves ✋"),
        new StoredLine("lounge", 2, micros, LineKind.TOPIC, "bob", ""));
  }

  @OnBothBackends
  void beforePagesBackFromTheNewestOldestFirst(Backend backend) throws Exception {
    HistoryStore history = history(backend);
    await(history.append(lines("lounge", 1, 10)));
    assertThat(seqs(await(history.before("lounge", Long.MAX_VALUE, 3, LONG_AGO)))).containsExactly(8L, 9L, 10L);
    assertThat(seqs(await(history.before("lounge", 8, 3, LONG_AGO)))).containsExactly(5L, 6L, 7L);
    assertThat(seqs(await(history.before("lounge", 3, 3, LONG_AGO)))).containsExactly(1L, 2L);
    assertThat(await(history.before("lounge", 1, 3, LONG_AGO))).isEmpty();
    assertThat(await(history.before("lounge", Long.MAX_VALUE, 0, LONG_AGO))).isEmpty();
    assertThat(seqs(await(history.before("lounge", Long.MAX_VALUE, 100, LONG_AGO)))).hasSize(10);
    assertThatThrownBy(() -> await(history.before("lounge", 5, -1, LONG_AGO)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @OnBothBackends
  void afterPagesForwardOldestFirst(Backend backend) throws Exception {
    HistoryStore history = history(backend);
    await(history.append(lines("lounge", 1, 10)));
    assertThat(seqs(await(history.after("lounge", 0, 3, LONG_AGO)))).containsExactly(1L, 2L, 3L);
    assertThat(seqs(await(history.after("lounge", 3, 3, LONG_AGO)))).containsExactly(4L, 5L, 6L);
    assertThat(seqs(await(history.after("lounge", 8, 3, LONG_AGO)))).containsExactly(9L, 10L);
    assertThat(await(history.after("lounge", 10, 3, LONG_AGO))).isEmpty();
    assertThat(await(history.after("lounge", 0, 0, LONG_AGO))).isEmpty();
    assertThatThrownBy(() -> await(history.after("lounge", 0, -1, LONG_AGO)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @OnBothBackends
  void aRoomsPagesHoldOnlyItsOwnLines(Backend backend) throws Exception {
    HistoryStore history = history(backend);
    await(history.append(lines("lounge", 1, 3)));
    await(history.append(lines("attic", 1, 5)));
    assertThat(await(history.before("lounge", Long.MAX_VALUE, 10, LONG_AGO))).extracting(StoredLine::roomKey)
        .containsExactly("lounge", "lounge", "lounge");
    assertThat(seqs(await(history.after("attic", 2, 10, LONG_AGO)))).containsExactly(3L, 4L, 5L);
    assertThat(await(history.after("cellar", 0, 10, LONG_AGO))).isEmpty();
  }

  /** A line said exactly at notBefore is still kept; one said a microsecond earlier is gone. */
  @OnBothBackends
  void linesSaidBeforeNotBeforeAreGoneThoughStillStored(Backend backend) throws Exception {
    HistoryStore history = history(backend);
    await(history.append(lines("lounge", 1, 10)));
    Instant fourth = at(4);
    assertThat(seqs(await(history.before("lounge", Long.MAX_VALUE, 10, fourth))))
        .containsExactly(4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(seqs(await(history.before("lounge", 6, 10, fourth)))).containsExactly(4L, 5L);
    assertThat(seqs(await(history.after("lounge", 0, 2, fourth)))).containsExactly(4L, 5L);
    assertThat(seqs(await(history.after("lounge", 0, 2, fourth.plusNanos(1000))))).containsExactly(5L, 6L);
    assertThat(await(history.after("lounge", 0, 20, fourth))).hasSize(7);
    assertThat(await(history.before("lounge", Long.MAX_VALUE, 10, at(11)))).isEmpty();
    assertThat(await(history.lastSeq("lounge"))).isEqualTo(10L);
  }

  @OnBothBackends
  void lastSeqIsTheHighestUsedOrZero(Backend backend) throws Exception {
    HistoryStore history = history(backend);
    assertThat(await(history.lastSeq("lounge"))).isZero();
    await(history.append(lines("lounge", 1, 4)));
    await(history.append(lines("attic", 1, 9)));
    assertThat(await(history.lastSeq("lounge"))).isEqualTo(4L);
    await(history.deleteOlderThan(at(50)));
    assertThat(await(history.lastSeq("attic"))).isEqualTo(9L);
    assertThat(await(history.lastSeq("lounge"))).isEqualTo(4L);
    assertThat(await(history.before("lounge", Long.MAX_VALUE, 10, at(50)))).isEmpty();
  }

  @OnBothBackends
  void firstSeqAtOrAfterFallsBackToTheNextSeq(Backend backend) throws Exception {
    HistoryStore history = history(backend);
    assertThat(await(history.firstSeqAtOrAfter("lounge", START))).isEqualTo(1L);
    await(history.append(lines("lounge", 1, 10)));
    assertThat(await(history.firstSeqAtOrAfter("lounge", LONG_AGO))).isEqualTo(1L);
    assertThat(await(history.firstSeqAtOrAfter("lounge", at(4)))).isEqualTo(4L);
    assertThat(await(history.firstSeqAtOrAfter("lounge", at(4).plusNanos(1000)))).isEqualTo(5L);
    assertThat(await(history.firstSeqAtOrAfter("lounge", at(10)))).isEqualTo(10L);
    assertThat(await(history.firstSeqAtOrAfter("lounge", at(11)))).isEqualTo(11L);
    assertThat(await(history.firstSeqAtOrAfter("attic", LONG_AGO))).isEqualTo(1L);
  }

  /** The second batch repeats lines 2 and 3 with other words: the first words stay, the rest is added. */
  @OnBothBackends
  void anAppendRetriedOverLinesAlreadyKeptKeepsThemAsTheyWere(Backend backend) throws Exception {
    HistoryStore history = history(backend);
    List<StoredLine> first = lines("lounge", 1, 3);
    await(history.append(first));
    await(history.append(List.of(line("lounge", 2, "said again"), line("lounge", 3, "said again"),
        line("lounge", 4, "new"), line("lounge", 5, "new"))));
    await(history.append(first));
    List<StoredLine> kept = await(history.after("lounge", 0, 10, LONG_AGO));
    assertThat(kept.subList(0, 3)).isEqualTo(first);
    assertThat(kept).extracting(StoredLine::text).containsExactly("line 1", "line 2", "line 3", "new", "new");
    await(history.append(List.of()));
    assertThat(await(history.lastSeq("lounge"))).isEqualTo(5L);
  }

  /** Three statements' worth, and a line twice in one statement: the first of the two is kept. */
  @OnBothBackends
  void aLongListIsKeptWhole(Backend backend) throws Exception {
    HistoryStore history = history(backend);
    List<StoredLine> many = new ArrayList<>(lines("lounge", 1, 1201));
    many.add(100, line("lounge", 1, "again"));
    await(history.append(many));
    assertThat(await(history.lastSeq("lounge"))).isEqualTo(1201L);
    assertThat(await(history.after("lounge", 0, 2000, LONG_AGO))).hasSize(1201);
    assertThat(await(history.after("lounge", 0, 1, LONG_AGO))).containsExactly(line("lounge", 1, "line 1"));
  }

  @OnBothBackends
  void clearDeletesOneRoomsLines(Backend backend) throws Exception {
    HistoryStore history = history(backend);
    await(history.append(lines("lounge", 1, 4)));
    await(history.append(lines("attic", 1, 2)));
    assertThat(await(history.clear("lounge"))).isEqualTo(4);
    assertThat(await(history.clear("lounge"))).isZero();
    assertThat(await(history.lastSeq("lounge"))).as("numbering goes on after a clear").isEqualTo(4L);
    assertThat(await(history.after("lounge", 0, 10, LONG_AGO))).isEmpty();
    await(history.append(lines("lounge", 5, 6)));
    assertThat(await(history.clear("lounge"))).isEqualTo(2);
    assertThat(await(history.lastSeq("lounge"))).isEqualTo(6L);
    assertThat(seqs(await(history.after("attic", 0, 10, LONG_AGO)))).containsExactly(1L, 2L);
  }

  @OnBothBackends
  void deleteOlderThanDeletesWhatWasSaidBeforeTheCutoff(Backend backend) throws Exception {
    HistoryStore history = history(backend);
    await(history.append(lines("lounge", 1, 5)));
    await(history.append(lines("attic", 1, 5)));
    assertThat(await(history.deleteOlderThan(at(1)))).isZero();
    assertThat(await(history.deleteOlderThan(at(3)))).isEqualTo(4);
    assertThat(seqs(await(history.after("lounge", 0, 10, LONG_AGO)))).containsExactly(3L, 4L, 5L);
    assertThat(seqs(await(history.after("attic", 0, 10, LONG_AGO)))).containsExactly(3L, 4L, 5L);
    assertThat(await(history.deleteOlderThan(at(99)))).as("each room's newest stays").isEqualTo(4);
    assertThat(seqs(await(history.after("lounge", 0, 10, LONG_AGO)))).containsExactly(5L);
  }

  @OnBothBackends
  void trimKeepsTheNewestLinesOfEachRoom(Backend backend) throws Exception {
    HistoryStore history = history(backend);
    await(history.append(lines("lounge", 1, 10)));
    await(history.append(lines("attic", 1, 3)));
    await(history.append(lines("cellar", 1, 5)));
    assertThat(await(history.trim(5))).isEqualTo(5);
    assertThat(seqs(await(history.after("lounge", 0, 100, LONG_AGO)))).containsExactly(6L, 7L, 8L, 9L, 10L);
    assertThat(seqs(await(history.after("attic", 0, 100, LONG_AGO)))).containsExactly(1L, 2L, 3L);
    assertThat(seqs(await(history.after("cellar", 0, 100, LONG_AGO)))).containsExactly(1L, 2L, 3L, 4L, 5L);
    assertThat(await(history.trim(5))).isZero();
    assertThat(await(history.trim(1))).isEqualTo(4 + 2 + 4);
    assertThat(seqs(await(history.after("lounge", 0, 100, LONG_AGO)))).containsExactly(10L);
    assertThat(await(history.trim(0))).isEqualTo(3);
    assertThat(await(history.lastSeq("lounge"))).isZero();
    assertThatThrownBy(() -> await(history.trim(-1))).isInstanceOf(IllegalArgumentException.class);
  }

  /** The longest text the column takes: the most limits.maxLineBytes allows, in characters of two bytes each. */
  @OnBothBackends
  void aTextOfTheLongestLineIsKeptAndOneCharacterMoreRefused(Backend backend) throws Exception {
    HistoryStore history = history(backend);
    String longest = "é".repeat(1 << 20);
    await(history.append(List.of(line("lounge", 1, longest))));
    assertThat(await(history.after("lounge", 0, 1, LONG_AGO)).get(0).text()).isEqualTo(longest);
    assertThatThrownBy(() -> await(history.append(List.of(line("lounge", 2, longest + "é")))))
        .hasMessageContaining("1048576");
    assertThat(await(history.lastSeq("lounge"))).isEqualTo(1L);
  }

  /** A batch is not atomic (H2 keeps the lines before a failing one), but its retry keeps each line once. */
  @OnBothBackends
  void aFailedAppendRetriedKeepsEachLineOnce(Backend backend) throws Exception {
    HistoryStore history = history(backend);
    String tooLong = "x".repeat((1 << 20) + 1);
    assertThatThrownBy(() -> await(history.append(List.of(line("lounge", 1, "fine"), line("lounge", 2, tooLong),
        line("lounge", 3, "fine"))))).hasMessageContaining("1048576");
    await(history.append(lines("lounge", 1, 3)));
    assertThat(seqs(await(history.after("lounge", 0, 10, LONG_AGO)))).containsExactly(1L, 2L, 3L);
    assertThat(await(history.after("lounge", 1, 1, LONG_AGO))).extracting(StoredLine::text).containsExactly("line 2");
  }

  @OnBothBackends
  void resultsArriveOnTheContextThatAsked(Backend backend) throws Exception {
    HistoryStore history = history(backend);
    Context loop = vertx.getOrCreateContext();
    assertThat(completesOn(loop, () -> history.append(lines("lounge", 1, 3)))).isTrue();
    assertThat(completesOn(loop, () -> history.before("lounge", Long.MAX_VALUE, 2, LONG_AGO))).isTrue();
    assertThat(completesOn(loop, () -> history.lastSeq("lounge"))).isTrue();
    assertThat(completesOn(loop, () -> history.trim(1))).isTrue();
  }

  private HistoryStore history(Backend backend) {
    return new SqlHistoryStore(databases.get(backend).pool());
  }

  private static boolean completesOn(Context loop, Supplier<Future<?>> call) throws Exception {
    CompletableFuture<Boolean> same = new CompletableFuture<>();
    loop.runOnContext(v -> call.get().onComplete(result -> same.complete(result.succeeded()
        && Vertx.currentContext() == loop && Context.isOnEventLoopThread())));
    return same.get(20, TimeUnit.SECONDS);
  }

  /** Lines first to last of a room, each said at {@link #at} its seq. */
  private static List<StoredLine> lines(String roomKey, long first, long last) {
    return LongStream.rangeClosed(first, last).mapToObj(seq -> line(roomKey, seq, "line " + seq)).toList();
  }

  private static StoredLine line(String roomKey, long seq, String text) {
    return new StoredLine(roomKey, seq, at(seq), LineKind.SAID, "alice", text);
  }

  private static Instant at(long seq) {
    return START.plusSeconds(60 * seq);
  }

  private static List<Long> seqs(List<StoredLine> lines) {
    return lines.stream().map(StoredLine::seq).toList();
  }
}

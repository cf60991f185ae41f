package dev.relay.store;

import static dev.relay.store.StoreContract.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.store.StoreConfig.Backend;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What {@link SqlFileStore} must do on both back ends, each a database migrated once and emptied before each test. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlFileStoreTest {

  @RegisterExtension
  static final TestDatabases DATABASES = new TestDatabases();

  private static final Instant T0 = Instant.parse("2025-06-01T12:00:00.000001Z");
  private static final Instant LATER = T0.plus(Duration.ofDays(7));
  private static final String HASH = "a".repeat(64);

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
  void empty() throws Exception {
    for (Database database : databases.values()) {
      await(database.pool().query("DELETE FROM files").execute());
      await(database.pool().query("DELETE FROM upload_tokens").execute());
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
  void aTokenIsFoundUntilItExpires(Backend backend) throws Exception {
    FileStore store = store(backend);
    UploadToken token = new UploadToken("Alice", true, T0.plusSeconds(300));
    await(store.createToken(HASH, token));
    assertThat(await(store.findToken(HASH, T0))).contains(token);
    assertThat(await(store.findToken("b".repeat(64), T0))).isEmpty();
    assertThat(await(store.findToken(HASH, T0.plusSeconds(300)))).isEmpty();
  }

  /** Every byte value, over several full chunks and a short last one, reads back as written. */
  @OnBothBackends
  void aFileIsVisibleOnlyOnceFinishedAndReadsBackChunkByChunk(Backend backend) throws Exception {
    FileStore store = store(backend);
    byte[][] chunks = {bytes(FileStore.CHUNK_BYTES, 1), bytes(FileStore.CHUNK_BYTES, 2), bytes(1000, 3)};
    StoredFile file = file("f1", "alice", 2 * FileStore.CHUNK_BYTES + 1000, T0);
    await(store.begin(file));
    for (int n = 0; n < chunks.length; n++) {
      await(store.appendChunk("f1", n, Buffer.buffer(chunks[n])));
    }
    assertThat(await(store.find("f1", T0))).isEmpty();
    await(store.finish("f1"));
    assertThat(await(store.find("f1", T0))).contains(file);
    for (int n = 0; n < chunks.length; n++) {
      assertThat(await(store.chunk("f1", n)).orElseThrow().getBytes()).isEqualTo(chunks[n]);
    }
    assertThat(await(store.chunk("f1", 3))).isEmpty();
    assertThat(await(store.find("f1", LATER))).isEmpty();
  }

  @OnBothBackends
  void aChunkOverTheLimitIsRefused(Backend backend) throws Exception {
    FileStore store = store(backend);
    await(store.begin(file("f1", "alice", 1, T0)));
    assertThat(store.appendChunk("f1", 0, Buffer.buffer(new byte[FileStore.CHUNK_BYTES + 1])).failed()).isTrue();
  }

  @OnBothBackends
  void uploadsAreCountedPerUploaderSinceATimeAndSizesSummed(Backend backend) throws Exception {
    FileStore store = store(backend);
    assertThat(await(store.keptBytes())).isZero();
    await(store.begin(file("f1", "alice", 10, T0)));
    await(store.begin(file("f2", "alice", 20, T0.plusSeconds(60))));
    await(store.begin(file("f3", "bob", 30, T0.plusSeconds(60))));
    assertThat(await(store.uploadsSince("alice", T0))).isEqualTo(2);
    assertThat(await(store.uploadsSince("alice", T0.plusSeconds(1)))).isEqualTo(1);
    assertThat(await(store.uploadsSince("carol", T0))).isZero();
    assertThat(await(store.keptBytes())).isEqualTo(60L);
    await(store.discard("f2"));
    assertThat(await(store.keptBytes())).isEqualTo(40L);
  }

  @OnBothBackends
  void deleteExpiredDeletesFilesWithTheirChunksAndTokens(Backend backend) throws Exception {
    FileStore store = store(backend);
    await(store.createToken(HASH, new UploadToken("alice", false, T0.plusSeconds(300))));
    await(store.begin(file("old", "alice", 3, T0)));
    await(store.appendChunk("old", 0, Buffer.buffer("abc")));
    await(store.finish("old"));
    await(store.begin(file("new", "alice", 3, T0.plusSeconds(3600))));
    assertThat(await(store.deleteExpired(LATER))).isEqualTo(1);
    assertThat(await(store.chunk("old", 0))).isEmpty();
    assertThat(await(store.findToken(HASH, T0))).isEmpty();
    assertThat(await(store.keptBytes())).isEqualTo(3L);
    assertThat(count(backend, "file_chunks")).isZero();
  }

  private long count(Backend backend, String table) throws Exception {
    return await(databases.get(backend).pool().query("SELECT COUNT(*) FROM " + table).execute()).iterator().next()
        .getLong(0);
  }

  private static StoredFile file(String id, String uploader, long size, Instant created) {
    return new StoredFile(id, id + ".bin", "application/octet-stream", size, uploader, uploader, created,
        created.plus(Duration.ofDays(7)));
  }

  private static byte[] bytes(int size, long seed) {
    byte[] bytes = new byte[size];
    new Random(seed).nextBytes(bytes);
    for (int i = 0; i < 256 && i < size; i++) {
      bytes[i] = (byte) i;
    }
    return bytes;
  }

  private FileStore store(Backend backend) {
    return new SqlFileStore(databases.get(backend).pool());
  }
}

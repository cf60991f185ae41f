package dev.relay.files;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.bus.FileReply;
import dev.relay.bus.FileRequest;
import dev.relay.files.FilesNode.Reply;
import dev.relay.store.StoreConfig;
import dev.relay.store.TestDatabases;
import dev.relay.testing.MovedClock;
import io.vertx.core.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * docs/PROTOCOL.md 13, "Where files live": two instances, each its own Vert.x, file service and web port, over one
 * PostgreSQL. A file uploaded to one is served and described by the other, and one's token works on the other.
 */
class FilesAcrossInstancesTest {

  @RegisterExtension
  static final TestDatabases DATABASES = new TestDatabases();

  private static final UploadsConfig CONFIG = new UploadsConfig(true, 2_000_000, 20, 100_000_000,
      Duration.ofMinutes(5), Duration.ofDays(30));

  @Test
  void aFileUploadedToOneInstanceIsServedByTheOther() throws Exception {
    StoreConfig store = DATABASES.freshPostgres(2);
    MovedClock clock = new MovedClock(Instant.parse("2026-01-01T00:00:00Z"));
    try (FilesNode first = FilesNode.start(store, CONFIG, clock);
        FilesNode second = FilesNode.start(store, CONFIG, clock)) {
      byte[] bytes = new byte[700_000];
      new Random(11).nextBytes(bytes);
      Reply created = first.upload("/upload/blob.bin", first.grant("alice"), bytes);
      assertThat(created.status()).isEqualTo(201);
      String id = new JsonObject(created.body()).getString("id");

      Reply served = second.get(created.header("Location"));
      assertThat(served.status()).isEqualTo(200);
      assertThat(served.body().getBytes()).isEqualTo(bytes);
      assertThat(second.ask(new FileRequest.Describe(id))).isInstanceOfSatisfying(FileReply.Found.class, found -> {
        assertThat(found.uploader()).isEqualTo("alice");
        assertThat(found.file().url()).isEqualTo("http://127.0.0.1:" + second.port() + "/f/" + id + "/blob.bin");
      });

      Reply jpeg = second.upload("/upload/photo.jpg", first.grant("bob"), Fixtures.jpegWithGps());
      assertThat(jpeg.status()).isEqualTo(201);
      byte[] photo = first.get(jpeg.header("Location")).body().getBytes();
      assertThat(Fixtures.contains(photo, Fixtures.GPS_MARK)).isFalse();
      assertThat(Fixtures.decode(photo)).isNotNull();
    }
  }
}

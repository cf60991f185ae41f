package dev.relay.files;

import static dev.relay.files.FilesNode.await;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.bus.FileReply;
import dev.relay.bus.FileRequest;
import dev.relay.bus.SharedFile;
import dev.relay.files.FilesNode.Reply;
import dev.relay.store.SqlFileStore;
import dev.relay.store.StoreConfig;
import dev.relay.testing.MovedClock;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/PROTOCOL.md 13 over real sockets: uploads and downloads on a web port, token grants on the bus, on H2. */
class FilesProtocolTest {

  private static final UploadsConfig CONFIG = new UploadsConfig(true, 1_000_000, 5, 10_000_000,
      Duration.ofMinutes(5), Duration.ofDays(30));

  @TempDir
  Path dir;

  private final MovedClock clock = new MovedClock(Instant.parse("2026-01-01T00:00:00Z"));
  private FilesNode node;

  @AfterEach
  void stop() throws Exception {
    if (node != null) {
      node.close();
    }
  }

  @Test
  void anUploadIsCreatedAndServedWithItsSniffedTypeInline() throws Exception {
    start(CONFIG);
    byte[] png = Fixtures.png();
    Reply created = node.upload("/upload/cat.png", node.grant("Alice"), Buffer.buffer(png),
        Map.of("Content-Type", "text/html"));
    assertThat(created.status()).isEqualTo(201);
    JsonObject body = new JsonObject(created.body());
    String id = body.getString("id");
    assertThat(FileIds.wellFormed(id)).isTrue();
    assertThat(body.getString("name")).isEqualTo("cat.png");
    assertThat(body.getString("type")).isEqualTo("image/png");
    assertThat(body.getLong("size")).isEqualTo(png.length);
    assertThat(body.getString("url")).isEqualTo("http://127.0.0.1:" + node.port() + "/f/" + id + "/cat.png");
    assertThat(created.header("Location")).isEqualTo("/f/" + id + "/cat.png");

    Reply served = node.get("/f/" + id + "/cat.png");
    assertThat(served.status()).isEqualTo(200);
    assertThat(served.body().getBytes()).isEqualTo(png);
    assertThat(served.header("Content-Type")).isEqualTo("image/png");
    assertThat(served.header("Content-Disposition"))
        .isEqualTo("inline; filename=\"cat.png\"; filename*=UTF-8''cat.png");
    assertThat(served.header("Content-Security-Policy")).isEqualTo("sandbox; default-src 'none'");
    assertThat(served.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(served.header("Referrer-Policy")).isEqualTo("no-referrer");
    assertThat(served.header("Cache-Control")).isEqualTo("public, max-age=86400, immutable");
    assertThat(served.header("Content-Length")).isEqualTo(Integer.toString(png.length));
    assertThat(node.get("/f/" + id).body().getBytes()).isEqualTo(png);
  }

  /** Several chunks of 256 KiB and a short one, every byte back as sent. */
  @Test
  void aFileOfSeveralChunksComesBackWhole() throws Exception {
    start(CONFIG);
    byte[] bytes = new byte[600_000];
    new Random(7).nextBytes(bytes);
    bytes[0] = 0;
    Reply created = node.upload("/upload/data.bin", node.grant("alice"), bytes);
    assertThat(created.status()).isEqualTo(201);
    assertThat(new JsonObject(created.body()).getString("type")).isEqualTo("application/octet-stream");
    Reply served = node.get(created.header("Location"));
    assertThat(served.body().getBytes()).isEqualTo(bytes);
    assertThat(served.header("Content-Disposition")).startsWith("attachment;");
  }

  @Test
  void theNameMayComeFromContentDispositionAndIsMadeSafe() throws Exception {
    start(CONFIG);
    String token = node.grant("alice");
    Reply created = node.upload("/upload", token, Buffer.buffer("hello\n"),
        Map.of("Content-Disposition", "attachment; filename*=UTF-8''..%2F..%2Fetc%2Fr%C3%A9sum%C3%A9.txt"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(new JsonObject(created.body()).getString("name")).isEqualTo("résumé.txt");
    Reply served = node.get(created.header("Location"));
    assertThat(served.header("Content-Disposition"))
        .isEqualTo("attachment; filename=\"r_sum_.txt\"; filename*=UTF-8''r%C3%A9sum%C3%A9.txt");
    assertThat(served.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");

    Reply unnamed = node.upload("/upload", token, "hello".getBytes(StandardCharsets.UTF_8));
    assertThat(unnamed.status()).isEqualTo(400);
    assertThat(unnamed.header("Content-Type")).startsWith("text/plain");
  }

  @Test
  void noUnknownOrExpiredTokenIsRefusedWith401() throws Exception {
    start(CONFIG);
    byte[] text = "hi".getBytes(StandardCharsets.UTF_8);
    assertThat(node.upload("/upload/a.txt", null, text).status()).isEqualTo(401);
    assertThat(node.upload("/upload/a.txt", "not-a-token", text).status()).isEqualTo(401);
    assertThat(node.upload("/upload/a.txt", new FileIds().next(), text).status()).isEqualTo(401);
    String token = node.grant("alice");
    assertThat(node.upload("/upload/a.txt", token, text).status()).isEqualTo(201);
    clock.advance(Duration.ofMinutes(5));
    Reply expired = node.upload("/upload/a.txt", token, text);
    assertThat(expired.status()).isEqualTo(401);
    assertThat(expired.text()).startsWith("no valid upload token");
  }

  /** The refusal comes while the client has sent no byte of the body. */
  @Test
  void aContentLengthOverTheLimitIsRefusedBeforeTheBody() throws Exception {
    start(CONFIG);
    String token = node.grant("alice");
    HttpClientResponse response = await(node.request(HttpMethod.POST, "/upload/big.bin").compose(request -> {
      request.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token)
          .putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(CONFIG.maxFileBytes() + 1));
      return request.sendHead().compose(v -> request.response());
    }));
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.getHeader("Connection")).isEqualTo("close");
  }

  /** A client that waits for 100 Continue is told to go on only once admitted. */
  @Test
  void expectContinueIsAnsweredOnlyOnceTheUploadIsAdmitted() throws Exception {
    start(CONFIG);
    byte[] png = Fixtures.png();
    assertThat(await(expectingContinue(node.grant("alice"), png)).statusCode()).isEqualTo(201);
    assertThat(await(expectingContinue(new FileIds().next(), png)).statusCode()).isEqualTo(401);
  }

  /** Chunked, so the server learns the size only as it reads: it stops there and keeps nothing. */
  @Test
  void aBodyPassingTheLimitIsRefusedMidStreamAndNothingIsKept() throws Exception {
    start(CONFIG);
    String token = node.grant("alice");
    HttpClientRequest request = await(node.request(HttpMethod.POST, "/upload/big.bin"));
    request.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).setChunked(true);
    Future<HttpClientResponse> response = request.response();
    Buffer piece = Buffer.buffer(new byte[64 * 1024]);
    Promise<Void> stopped = Promise.promise();
    node.vertx.runOnContext(v -> writeUntil(request, piece, response, 3 * CONFIG.maxFileBytes(), stopped));
    assertThat(await(response).statusCode()).isEqualTo(413);
    await(stopped.future());
    assertThat(keptBytes()).isZero();
    try (Stream<Path> left = Files.list(node.sharing.tempDir())) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void morePerHourThanAllowedIsRefusedWith429() throws Exception {
    start(new UploadsConfig(true, 1_000_000, 2, 10_000_000, Duration.ofHours(2), Duration.ofDays(30)));
    String token = node.grant("alice");
    byte[] text = "hi".getBytes(StandardCharsets.UTF_8);
    assertThat(node.upload("/upload/1.txt", token, text).status()).isEqualTo(201);
    assertThat(node.upload("/upload/2.txt", token, text).status()).isEqualTo(201);
    assertThat(node.upload("/upload/3.txt", token, text).status()).isEqualTo(429);
    assertThat(node.upload("/upload/b.txt", node.grant("bob"), text).status()).isEqualTo(201);
    clock.advance(Duration.ofMinutes(61));
    assertThat(node.upload("/upload/4.txt", token, text).status()).isEqualTo(201);
  }

  @Test
  void aFullQuotaIsRefusedWith507() throws Exception {
    start(new UploadsConfig(true, 1_000_000, 20, 3000, Duration.ofMinutes(5), Duration.ofDays(30)));
    String token = node.grant("alice");
    assertThat(node.upload("/upload/1.bin", token, new byte[2000]).status()).isEqualTo(201);
    assertThat(node.upload("/upload/2.bin", token, new byte[2000]).status()).isEqualTo(507);
    assertThat(node.upload("/upload/3.bin", token, new byte[1000]).status()).isEqualTo(201);
    assertThat(node.upload("/upload/4.bin", token, new byte[1]).status()).isEqualTo(507);
  }

  @Test
  void svgAndHtmlAreServedAsSandboxedAttachmentsNeverAsMarkup() throws Exception {
    start(CONFIG);
    String token = node.grant("alice");
    String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.cookie)</script></svg>";
    for (String name : new String[] {"evil.svg", "page.html"}) {
      Reply created = node.upload("/upload/" + name, token, Buffer.buffer(svg),
          Map.of("Content-Type", "image/svg+xml"));
      Reply served = node.get(created.header("Location"));
      assertThat(served.header("Content-Type")).isEqualTo("text/plain; charset=utf-8");
      assertThat(served.header("Content-Disposition")).startsWith("attachment;");
      assertThat(served.header("Content-Security-Policy")).isEqualTo("sandbox; default-src 'none'");
      assertThat(served.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }
  }

  @Test
  void aServedJpegHasNoLocationLeftAndStillDecodes() throws Exception {
    start(CONFIG);
    Reply created = node.upload("/upload/holiday.jpg", node.grant("alice"), Fixtures.jpegWithGps());
    assertThat(new JsonObject(created.body()).getString("type")).isEqualTo("image/jpeg");
    byte[] served = node.get(created.header("Location")).body().getBytes();
    assertThat(Fixtures.contains(served, Fixtures.GPS_MARK)).isFalse();
    assertThat(Fixtures.contains(served, "Exif")).isFalse();
    assertThat(Fixtures.decode(served)).isNotNull();
    assertThat(new JsonObject(created.body()).getLong("size")).isEqualTo(served.length);
  }

  @Test
  void unknownMalformedAndTraversingIdsAre404() throws Exception {
    start(CONFIG);
    for (String path : new String[] {"/f/" + new FileIds().next() + "/x.png", "/f/short", "/f/../../etc/passwd",
        "/f/..%2F..%2Fetc%2Fpasswd/x", "/f/%2e%2e/%2e%2e/etc/passwd", "/f/" + "A".repeat(22) + "/..%2F.."}) {
      assertThat(node.get(path).status()).as(path).isEqualTo(404);
    }
  }

  @Test
  void tokensAreGrantedAndFilesDescribedOnTheBus() throws Exception {
    start(CONFIG);
    FileReply granted = node.ask(new FileRequest.Grant("Alice", true));
    assertThat(granted).isInstanceOfSatisfying(FileReply.Granted.class, g -> {
      assertThat(FileIds.wellFormed(g.token())).isTrue();
      assertThat(g.uploadUrl()).isEqualTo("http://127.0.0.1:" + node.port() + "/upload");
      assertThat(g.maxBytes()).isEqualTo(CONFIG.maxFileBytes());
      assertThat(g.validSeconds()).isEqualTo(300);
    });
    Reply created = node.upload("/upload/cat%20pic.png", ((FileReply.Granted) granted).token(), Fixtures.png());
    String id = new JsonObject(created.body()).getString("id");
    SharedFile expected = new SharedFile(id, "cat pic.png", "image/png", Fixtures.png().length,
        "http://127.0.0.1:" + node.port() + "/f/" + id + "/cat%20pic.png");
    assertThat(node.ask(new FileRequest.Describe(id))).isEqualTo(new FileReply.Found(expected, "Alice"));
    assertThat(node.ask(new FileRequest.Describe("nope"))).isEqualTo(new FileReply.Refused("no file nope"));
  }

  @Test
  void withUploadsOffNoTokenIsGrantedAndUploadsAre503() throws Exception {
    start(new UploadsConfig(false, 1000, 1, 1000, Duration.ofMinutes(5), Duration.ofDays(1)));
    assertThat(node.ask(new FileRequest.Grant("alice", false)))
        .isEqualTo(new FileReply.Refused("uploads are turned off"));
    assertThat(node.upload("/upload/a.txt", new FileIds().next(), new byte[] {'a'}).status()).isEqualTo(503);
  }

  @Test
  void theSweepDeletesFilesOnceKeptLongEnough() throws Exception {
    start(CONFIG);
    Reply created = node.upload("/upload/a.txt", node.grant("alice"), "bye".getBytes(StandardCharsets.UTF_8));
    clock.advance(CONFIG.keep().minusSeconds(1));
    assertThat(await(node.sharing.sweep().sweep())).isZero();
    assertThat(node.get(created.header("Location")).status()).isEqualTo(200);
    clock.advance(Duration.ofSeconds(1));
    assertThat(node.get(created.header("Location")).status()).isEqualTo(404);
    assertThat(await(node.sharing.sweep().sweep())).isEqualTo(1);
    assertThat(keptBytes()).isZero();
  }

  private void start(UploadsConfig config) throws Exception {
    node = FilesNode.start(StoreConfig.embedded(dir.resolve("data"), 2), config, clock);
  }

  private long keptBytes() throws Exception {
    return await(new SqlFileStore(node.pool()).keptBytes());
  }

  private Future<HttpClientResponse> expectingContinue(String token, byte[] body) {
    return node.request(HttpMethod.POST, "/upload/c.png").compose(request -> {
      request.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + token).putHeader(HttpHeaders.EXPECT, "100-continue")
          .putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(body.length))
          .continueHandler(v -> request.end(Buffer.buffer(body)));
      return request.sendHead().compose(v -> request.response());
    });
  }

  /** Writes {@code piece} after piece, each once the last is written, until the response or the limit. */
  private static void writeUntil(HttpClientRequest request, Buffer piece, Future<HttpClientResponse> response,
      long limit, Promise<Void> stopped) {
    if (response.isComplete() || limit <= 0) {
      stopped.tryComplete();
      return;
    }
    request.write(piece).onComplete(written -> {
      if (written.failed()) {
        stopped.tryComplete();
      } else {
        writeUntil(request, piece, response, limit - piece.length(), stopped);
      }
    });
  }
}

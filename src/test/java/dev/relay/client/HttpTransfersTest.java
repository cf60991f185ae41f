package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLHandshakeException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link HttpUpload} and {@link HttpDownload} over loopback against the HTTP side of docs/PROTOCOL.md 13. */
class HttpTransfersTest {

  private static final long MAX = 8L << 20;

  @TempDir
  Path dir;

  private final List<String> progress = new CopyOnWriteArrayList<>();
  private final HttpTransfers transfers = new HttpTransfers(ClientTls.OFF, new TickingClock());
  private FileEndpoint endpoint = FileEndpoint.start(MAX);

  @AfterEach
  void stop() {
    transfers.close();
    endpoint.close();
  }

  @Test
  void uploadStreamsTheFileAndReturnsWhatTheServerMadeOfIt() throws Exception {
    byte[] bytes = randomBytes(3 << 20);
    Path file = Files.write(dir.resolve("big.bin"), bytes);
    HttpTransfers.Uploaded uploaded = await(new HttpUpload(transfers)
        .send(file, "big café.bin", bytes.length, endpoint.uploadUrl(), FileEndpoint.TOKEN, progress::add));
    assertThat(uploaded.name()).isEqualTo("big café.bin");
    assertThat(uploaded.size()).isEqualTo(bytes.length);
    FileEndpoint.Stored stored = endpoint.stored(uploaded.id());
    assertThat(stored.name()).isEqualTo("big café.bin");
    assertThat(stored.bytes().getBytes()).isEqualTo(bytes);
    assertThat(progress).isNotEmpty().allMatch(line -> line.matches("sending big café\\.bin: \\d+% \\(\\d\\.\\d of 3\\.0 MB\\)"));
    assertThat(percents(progress)).isSorted().allMatch(percent -> percent <= 100);
  }

  @Test
  void aFileOverTheServersLimitIsRefusedWithItsWords() throws Exception {
    Path file = Files.write(dir.resolve("huge.bin"), randomBytes((int) MAX + 1));
    assertThatThrownBy(() -> await(new HttpUpload(transfers)
        .send(file, "huge.bin", MAX + 1, endpoint.uploadUrl(), FileEndpoint.TOKEN, progress::add)))
        .isInstanceOf(HttpTransfers.Refused.class)
        .hasMessage("413 file too large (max " + MAX + " bytes)");
  }

  @Test
  void aWrongTokenIsRefused() throws Exception {
    Path file = Files.write(dir.resolve("a.txt"), new byte[] {1, 2, 3});
    assertThatThrownBy(() -> await(new HttpUpload(transfers)
        .send(file, "a.txt", 3, endpoint.uploadUrl(), "stale", progress::add)))
        .isInstanceOf(HttpTransfers.Refused.class).hasMessage("401 no or unknown token");
  }

  @Test
  void downloadStreamsToTheNameTheServerGivesMadeSafe() throws Exception {
    byte[] bytes = randomBytes(2 << 20);
    String url = endpoint.keep("x", Buffer.buffer(bytes), "attachment; filename*=UTF-8''..%2F..%2F.evil%0A.sh");
    HttpDownload.Saved saved = await(new HttpDownload(transfers).get(url, dir, Optional.empty(), progress::add));
    assertThat(saved.path()).isEqualTo(dir.resolve("evil.sh"));
    assertThat(saved.size()).isEqualTo(bytes.length);
    assertThat(Files.readAllBytes(saved.path())).isEqualTo(bytes);
    assertThat(progress).isNotEmpty().allMatch(line -> line.matches("getting evil\\.sh: \\d+% \\(\\d\\.\\d of 2\\.0 MB\\)"));
    try (var listed = Files.list(dir)) {
      assertThat(listed).containsExactly(dir.resolve("evil.sh"));
    }
  }

  @Test
  void aDownloadNeverOverwritesAFile() throws Exception {
    Files.writeString(dir.resolve("cat.png"), "mine");
    String url = endpoint.keep("cat.png", Buffer.buffer("theirs"), null);
    HttpDownload download = new HttpDownload(transfers);
    assertThat(await(download.get(url, dir, Optional.empty(), progress::add)).path()).isEqualTo(dir.resolve("cat (1).png"));
    assertThat(await(download.get(url, dir, Optional.empty(), progress::add)).path()).isEqualTo(dir.resolve("cat (2).png"));
    assertThat(await(download.get(url, dir, Optional.of("cat.png"), progress::add)).path())
        .isEqualTo(dir.resolve("cat (3).png"));
    assertThat(Files.readString(dir.resolve("cat.png"))).isEqualTo("mine");
    assertThat(Files.readString(dir.resolve("cat (2).png"))).isEqualTo("theirs");
  }

  @Test
  void anUnknownFileIsRefusedAndNothingIsSaved() throws Exception {
    assertThatThrownBy(() -> await(new HttpDownload(transfers)
        .get(endpoint.base() + "/f/nope/cat.png", dir, Optional.empty(), progress::add)))
        .isInstanceOf(HttpTransfers.Refused.class).hasMessage("404 no such file");
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void aDownloadCutShortLeavesNoFile() throws Exception {
    assertThatThrownBy(() -> await(new HttpDownload(transfers)
        .get(endpoint.base() + "/cut/100000", dir, Optional.of("part.bin"), progress::add)))
        .isNotInstanceOf(HttpTransfers.Refused.class);
    assertThat(dir).isEmptyDirectory();
  }

  @Test
  void httpsIsCheckedAgainstTheJdksTrustUnlessInsecure() throws Exception {
    endpoint.close();
    endpoint = FileEndpoint.startTls(MAX);
    String url = endpoint.keep("secret.txt", Buffer.buffer("hush"), null);
    assertThatThrownBy(() -> await(new HttpDownload(transfers).get(url, dir, Optional.empty(), progress::add)))
        .isInstanceOf(SSLHandshakeException.class);
    try (HttpTransfers insecure = new HttpTransfers(ClientTls.INSECURE, Clock.systemUTC())) {
      HttpDownload.Saved saved = await(new HttpDownload(insecure).get(url, dir, Optional.empty(), progress::add));
      assertThat(saved.path()).hasContent("hush");
    }
  }

  private static List<Integer> percents(List<String> lines) {
    return lines.stream().map(line -> Integer.parseInt(line.replaceAll(".*: (\\d+)%.*", "$1"))).toList();
  }

  private static byte[] randomBytes(int n) {
    byte[] bytes = new byte[n];
    new Random(n).nextBytes(bytes);
    return bytes;
  }

  private static <T> T await(Future<T> future) throws Exception {
    try {
      return future.toCompletionStage().toCompletableFuture().get(20, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof Exception cause ? cause : e;
    }
  }

  /** Every look at it is a second later: every piece of a transfer may be reported. */
  private static final class TickingClock extends Clock {

    private Instant now = Instant.parse("2026-11-30T17:00:00Z");

    @Override
    public synchronized Instant instant() {
      now = now.plusSeconds(1);
      return now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("UTC");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }
  }
}

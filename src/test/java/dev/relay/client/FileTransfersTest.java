package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.buffer.Buffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /send} and {@code /get} as the client loop runs them: the test plays the loop (and the chat server's lines),
 * the transfers go over loopback to the in-test file endpoint.
 */
class FileTransfersTest {

  @TempDir
  Path dir;

  private final BlockingQueue<ClientEvent> events = new LinkedBlockingQueue<>();
  private final List<String> notices = new ArrayList<>();
  private final List<String> toServer = new ArrayList<>();
  private final List<String> endings = new ArrayList<>();
  private final FileEndpoint endpoint = FileEndpoint.start(1 << 20);
  private final HttpTransfers http = new HttpTransfers(ClientTls.OFF, Clock.systemUTC());
  private final FileTransfers files = new FileTransfers(new Notices(notices), events::add, http,
      line -> toServer.add(line), () -> endings.add("ended"), false);

  @AfterEach
  void stop() {
    http.close();
    endpoint.close();
  }

  @Test
  void sendAsksForATokenUploadsWithItAndShares() throws Exception {
    Path cat = Files.write(dir.resolve("cat.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'});
    assertThat(files.typed("/send " + cat)).isEqualTo(FileTransfers.Typed.UNDER_WAY);
    assertThat(toServer).containsExactly("/upload");
    assertThat(files.onServerLine(grant("10 MiB"))).as("token line hidden").isTrue();
    assertThat(files.onServerLine("* e.g. curl -H 'Authorization: Bearer x' ...; then /share ID")).isTrue();
    assertThat(files.onServerLine("alice: hi")).isFalse();
    FileTransfers.News news = nextNews();
    assertThat(news).isInstanceOf(FileTransfers.News.Sent.class);
    files.onNews(news);
    String id = ((FileTransfers.News.Sent) news).file().id();
    assertThat(toServer).containsExactly("/upload", "/share " + id);
    assertThat(notices).containsExactly("* sent cat.png (4 bytes)");
    assertThat(endpoint.stored(id).bytes().getBytes()).isEqualTo(Files.readAllBytes(cat));
    assertThat(endings).hasSize(1);
  }

  @Test
  void onATerminalProgressIsForThePromptUntilTheTransferEnds() throws Exception {
    FileTransfers terminal = new FileTransfers(new Notices(notices), events::add, http, line -> toServer.add(line),
        () -> endings.add("ended"), true);
    terminal.typed("/send " + Files.write(dir.resolve("a.txt"), new byte[] {1}));
    terminal.onServerLine(grant("10 MB"));
    terminal.onNews(new FileTransfers.News.Moved(true, "sending a.txt: 50% (0.5 of 1.0 bytes)"));
    assertThat(terminal.progress()).contains("sending a.txt: 50% (0.5 of 1.0 bytes)");
    terminal.onNews(nextNews());
    assertThat(terminal.progress()).isEmpty();
    assertThat(notices).containsExactly("* sent a.txt (1 byte)");
  }

  @Test
  void aMissingFileIsRefusedHereAndNothingIsSent() {
    assertThat(files.typed("/send " + dir.resolve("nope.png"))).isEqualTo(FileTransfers.Typed.DONE);
    assertThat(files.typed("/send " + dir)).isEqualTo(FileTransfers.Typed.DONE);
    assertThat(toServer).isEmpty();
    assertThat(notices).containsExactly("! cannot send " + dir.resolve("nope.png") + ": no such file",
        "! cannot send " + dir + ": a directory");
  }

  @Test
  void aFileOverTheAnnouncedLimitIsRefusedBeforeUploading() throws Exception {
    Path big = Files.write(dir.resolve("big.bin"), new byte[3000]);
    files.typed("/send " + big);
    assertThat(files.onServerLine(grant("2 KB"))).isTrue();
    assertThat(notices).containsExactly("! big.bin not sent: it is 3 KB, the server takes files up to 2 KB");
    assertThat(toServer).containsExactly("/upload");
    assertThat(endings).hasSize(1);
    assertThat(events).isEmpty();
  }

  @Test
  void anErrorAnswerToUploadAbandonsTheSendAndIsShown() throws Exception {
    files.typed("/send " + Files.write(dir.resolve("a.txt"), new byte[] {1}));
    assertThat(files.onServerLine("! uploads are turned off")).as("shown as it is").isFalse();
    assertThat(endings).hasSize(1);
    assertThat(files.onServerLine(grant("10 MiB"))).as("no longer ours").isFalse();
  }

  @Test
  void oneSendAtATime() throws Exception {
    Path a = Files.write(dir.resolve("a.txt"), new byte[] {1});
    files.typed("/send " + a);
    assertThat(files.typed("/send " + a)).isEqualTo(FileTransfers.Typed.DONE);
    assertThat(notices).containsExactly("! a file is being sent already; one at a time");
  }

  @Test
  void getByTheIdOfASharedLineSaves() throws Exception {
    String url = endpoint.keep("cat.png", Buffer.buffer("meow"), null);
    String id = url.replaceAll(".*/f/([^/]+)/.*", "$1");
    assertThat(files.onServerLine("[#4] * alice shared cat.png (image/png, 4 B) " + url)).isFalse();
    assertThat(files.typed("/get " + id + " " + dir)).isEqualTo(FileTransfers.Typed.UNDER_WAY);
    files.onNews(nextNews());
    assertThat(notices).containsExactly("* saved cat.png (4 bytes) to " + dir.resolve("cat.png"));
    assertThat(dir.resolve("cat.png")).hasContent("meow");
  }

  @Test
  void getOfAnUnknownIdOrAFailedDownloadSaysSo() throws Exception {
    assertThat(files.typed("/get nope")).isEqualTo(FileTransfers.Typed.DONE);
    assertThat(files.typed("/get " + endpoint.base() + "/f/gone/x.png " + dir)).isEqualTo(FileTransfers.Typed.UNDER_WAY);
    files.onNews(nextNews());
    assertThat(notices).containsExactly("! no file nope among the files shared lately; /get URL takes its address",
        "! download refused: 404 no such file");
  }

  @Test
  void aUrlWithoutAHostFailsAsADownload() throws Exception {
    assertThat(files.typed("/get http://")).isEqualTo(FileTransfers.Typed.UNDER_WAY);
    files.onNews(nextNews());
    assertThat(notices).singleElement().asString().startsWith("! download of http:// failed: ");
    assertThat(endings).hasSize(1);
  }

  private String grant(String limit) {
    return "* upload token " + FileEndpoint.TOKEN + " for " + endpoint.uploadUrl() + " (valid 300 s, files up to "
        + limit + ")";
  }

  /** The next news that is not progress, as the client loop would take it. */
  private FileTransfers.News nextNews() throws InterruptedException {
    while (true) {
      ClientEvent event = events.poll(10, TimeUnit.SECONDS);
      assertThat(event).as("news of the transfer").isInstanceOf(ClientEvent.FileNews.class);
      FileTransfers.News news = ((ClientEvent.FileNews) event).news();
      if (!(news instanceof FileTransfers.News.Moved)) {
        return news;
      }
    }
  }

  private record Notices(List<String> lines) implements Console {

    @Override
    public String readLine() {
      return null;
    }

    @Override
    public void show(String serverLine) {
      lines.add(serverLine);
    }

    @Override
    public void notice(String text) {
      lines.add(text);
    }

    @Override
    public void prompt(String prompt) {
    }

    @Override
    public void close() {
    }
  }
}

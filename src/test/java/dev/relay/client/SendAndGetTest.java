package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.files.UploadsConfig;
import dev.relay.store.StoreConfig;
import dev.relay.testing.AccountsServer;
import io.vertx.core.Vertx;
import java.awt.image.BufferedImage;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /send} and {@code /get} in scripted clients against the real server on loopback (docs/PROTOCOL.md 13). */
class SendAndGetTest {

  private static final AtomicInteger NEXT = new AtomicInteger();
  /** Uploads off: no file service behind it. */
  private static TestServer server;
  /** The web port on and files shared through it, kept in an embedded store. */
  private static AccountsServer files;
  private static Vertx vertx;

  @TempDir
  static Path data;

  @TempDir
  Path dir;

  @BeforeAll
  static void startServers() {
    server = TestServer.start();
    vertx = Vertx.vertx();
    files = AccountsServer.withWeb(vertx, StoreConfig.embedded(data, 2), UploadsConfig.DEFAULTS);
  }

  @AfterAll
  static void stopServers() {
    server.close();
    files.close();
    vertx.close().await();
  }

  @Test
  void aServerWithoutUploadsSaysSoAndTheScriptGoesOn() throws Exception {
    Path cat = Files.write(dir.resolve("cat.png"), new byte[] {1, 2, 3});
    String alice = "alice" + NEXT.incrementAndGet();
    ScriptedClient client = ScriptedClient.startAgainst(server.port(), "--alias", alice);
    client.stdout().awaitStartingWith("* You are now connected as " + alice);
    client.type("/send " + cat).type("after the send").endInput();
    client.stdout().await("! uploads are turned off");
    client.stdout().await(alice + ": after the send");
    assertThat(client.exitCode()).isZero();
    assertThat(client.stderr().seen()).noneMatch(line -> line.startsWith("* sent"));
  }

  @Test
  void aFileThatIsNotThereIsRefusedWithoutAskingTheServer() {
    String bob = "bob" + NEXT.incrementAndGet();
    ScriptedClient client = ScriptedClient.startAgainst(server.port(), "--alias", bob);
    client.stdout().awaitStartingWith("* You are now connected as " + bob);
    client.type("/send " + dir.resolve("nope.png")).type("/get nope").endInput();
    client.stderr().await("! cannot send " + dir.resolve("nope.png") + ": no such file");
    client.stderr().await("! no file nope among the files shared lately; /get URL takes its address");
    assertThat(client.exitCode()).isZero();
    assertThat(client.stdout().seen()).noneMatch(line -> line.startsWith("! "));
  }

  @Test
  void aPngSentByOneIsSharedInTheRoomAndTheOtherGetsTheSameBytes() throws Exception {
    Path cat = png(dir.resolve("cat.png"));
    Path downloads = Files.createDirectory(dir.resolve("downloads"));
    String alice = "alice" + NEXT.incrementAndGet();
    String bob = "bob" + NEXT.incrementAndGet();
    ScriptedClient sender = ScriptedClient.startAgainst(files.port(), "--alias", alice);
    sender.stdout().awaitStartingWith("* You are now connected as " + alice);
    ScriptedClient getter = ScriptedClient.startAgainst(files.port(), "--alias", bob);
    getter.stdout().awaitStartingWith("* You are now connected as " + bob);
    sender.stdout().awaitStartingWith("* " + bob + " has joined lobby");
    sender.type("/send " + cat);
    sender.stderr().awaitStartingWith("* sent cat.png (");
    String shared = getter.stdout().awaitStartingWith("* " + alice + " shared cat.png (image/png, ");
    Matcher link = Pattern.compile(".* (http://127\\.0\\.0\\.1:" + files.webPort() + "/f/([A-Za-z0-9_-]+)/cat\\.png)")
        .matcher(shared);
    assertThat(link.matches()).as(shared).isTrue();
    getter.type("/get " + link.group(2) + " " + downloads);
    getter.stderr().awaitMatching("\\* saved cat\\.png \\(\\d+ KB\\) to " + Pattern.quote(downloads.resolve("cat.png").toString()));
    assertThat(Files.readAllBytes(downloads.resolve("cat.png"))).isEqualTo(Files.readAllBytes(cat));
    assertThat(sender.stdout().seen()).noneMatch(line -> line.startsWith("* upload token") || line.startsWith("* e.g."));
    sender.endInput();
    getter.endInput();
    assertThat(sender.exitCode()).isZero();
    assertThat(getter.exitCode()).isZero();
  }

  @Test
  void aFileOverTheAnnouncedLimitIsRefusedHereAndOneJustOverTheRealLimitByTheServer() throws Exception {
    long limit = UploadsConfig.DEFAULTS.maxFileBytes();
    Path huge = sized(dir.resolve("huge.bin"), limit * 2);
    Path over = sized(dir.resolve("over.bin"), limit + 1);
    String carol = "carol" + NEXT.incrementAndGet();
    ScriptedClient client = ScriptedClient.startAgainst(files.port(), "--alias", carol);
    client.stdout().awaitStartingWith("* You are now connected as " + carol);
    client.type("/send " + huge).type("/send " + over).endInput();
    client.stderr().await("! huge.bin not sent: it is 20 MB, the server takes files up to 10 MB");
    client.stderr().awaitStartingWith("! upload refused: 413 ");
    assertThat(client.exitCode()).isZero();
    assertThat(client.stdout().seen()).noneMatch(line -> line.contains(" shared "));
  }

  private static Path sized(Path path, long size) throws Exception {
    try (RandomAccessFile file = new RandomAccessFile(path.toFile(), "rw")) {
      file.setLength(size);
    }
    return path;
  }

  /** A real PNG, noisy enough to be some hundreds of KB: written by the JDK, without metadata to strip. */
  private static Path png(Path path) throws Exception {
    BufferedImage image = new BufferedImage(320, 320, BufferedImage.TYPE_INT_RGB);
    Random random = new Random(13);
    for (int y = 0; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        image.setRGB(x, y, random.nextInt(0x1000000));
      }
    }
    ImageIO.write(image, "png", path.toFile());
    return path;
  }
}

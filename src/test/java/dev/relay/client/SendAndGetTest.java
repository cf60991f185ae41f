package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /send} and {@code /get} in scripted clients against the real server on loopback (docs/PROTOCOL.md 13). */
class SendAndGetTest {

  private static final AtomicInteger NEXT = new AtomicInteger();
  private static TestServer server;

  @TempDir
  Path dir;

  @BeforeAll
  static void startServer() {
    server = TestServer.start();
  }

  @AfterAll
  static void stopServer() {
    server.close();
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
}

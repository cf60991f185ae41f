package dev.relay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.testing.LineClient;
import dev.relay.testing.TestServer;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** docs/PROTOCOL.md section 6 (bad input and limits). */
@ExtendWith(VertxExtension.class)
class LimitsTest {

  @Test
  void lineOverTheLimitIsDiscardedWithAnErrorAndTheConnectionKeepsWorking(Vertx vertx) {
    int port = TestServer.start(vertx).port();
    try (LineClient alice = LineClient.login(port, "alice")) {
      alice.send("x".repeat(4097));
      alice.expect("! line too long (over 4096 bytes), discarded");
      alice.send("y".repeat(4096));
      alice.expect("alice: " + "y".repeat(4096));
      alice.sendRaw(("z".repeat(4096) + "\r\n").getBytes(StandardCharsets.UTF_8));
      alice.expect("alice: " + "z".repeat(4096));
    }
  }

  @Test
  void lineLimitIsConfigurable(Vertx vertx) {
    int port = TestServer.start(vertx, TestServer.config().withMaxLineBytes(100)).port();
    try (LineClient alice = LineClient.login(port, "alice")) {
      alice.send("x".repeat(101));
      alice.expect("! line too long (over 100 bytes), discarded");
      alice.send("x".repeat(100));
      alice.expect("alice: " + "x".repeat(100));
    }
  }

  @Test
  void hundredMegabyteLineWithoutNewlineGetsOneErrorAndIsDropped(Vertx vertx) {
    int port = TestServer.start(vertx).port();
    try (LineClient alice = LineClient.login(port, "alice");
        LineClient bob = LineClient.login(port, "bob")) {
      alice.expect("* bob has joined lobby");
      byte[] megabyte = new byte[1024 * 1024];
      Arrays.fill(megabyte, (byte) 'a');
      for (int i = 0; i < 100; i++) {
        alice.sendRaw(megabyte);
      }
      bob.send("bob was not held up");
      bob.expect("bob: bob was not held up");
      alice.send("").send("after");
      alice.expect("! line too long (over 4096 bytes), discarded");
      alice.skipUntil("alice: after");
      bob.skipUntil("alice: after");
    }
  }

  @Test
  void invalidUtf8IsAnErrorAndTheLineIsDiscarded(Vertx vertx) {
    int port = TestServer.start(vertx).port();
    try (LineClient alice = LineClient.login(port, "alice")) {
      alice.sendRaw(new byte[] {'b', 'a', 'd', (byte) 0xC3, '(', '\n'});
      alice.expect("! invalid UTF-8, line discarded");
      alice.sendRaw(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80, '\n'});
      alice.expect("! invalid UTF-8, line discarded");
      alice.send("caf\u00e9");
      alice.expect("alice: caf\u00e9");
    }
  }

  @Test
  void invalidUtf8DuringTheHandshakeAsksForTheAliasAgain(Vertx vertx) {
    int port = TestServer.start(vertx).port();
    try (LineClient client = LineClient.connect(port)) {
      client.expect("alias?");
      client.sendRaw(new byte[] {(byte) 0xFF, (byte) 0xFE, '\n'});
      client.expect("! invalid UTF-8, line discarded");
      client.expect("alias?");
    }
  }

  @Test
  void binaryGarbageNeitherCrashesNorStallsAnyone(Vertx vertx) {
    int port = TestServer.start(vertx).port();
    try (LineClient alice = LineClient.login(port, "alice");
        LineClient bob = LineClient.login(port, "bob")) {
      alice.expect("* bob has joined lobby");
      byte[] garbage = new byte[256 * 1024];
      new Random(42).nextBytes(garbage);
      for (int i = 0; i < garbage.length; i++) {
        if (garbage[i] == '/') {
          garbage[i] = 'x';
        }
      }
      bob.sendRaw(garbage).send("").send("end of garbage");
      alice.send("alice still chatting");
      alice.skipUntil("alice: alice still chatting");
      alice.skipUntil("bob: end of garbage");
      List<String> seenByBob = bob.skipUntil("bob: end of garbage");
      assertThat(seenByBob).anyMatch(l -> l.startsWith("! "));
    }
  }

  @Test
  void memberThatStopsReadingIsDisconnectedAndTheOthersGetEverything(Vertx vertx) {
    int port = TestServer.start(vertx, TestServer.config().withMaxOutputBytes(64 * 1024)).port();
    try (LineClient alice = LineClient.login(port, "alice");
        LineClient bob = LineClient.login(port, "bob");
        LineClient slow = LineClient.connect(port, 4096)) {
      slow.expect("alias?").send("slow");
      slow.expectStartsWith("* You are now connected as slow");
      alice.skipUntil("* slow has joined lobby");
      bob.skipUntil("* slow has joined lobby");
      String payload = "p".repeat(4000);
      String slowLeft = "* slow has left lobby (slow consumer)";
      List<String> aliceSaw = new ArrayList<>();
      List<String> bobSaw = new ArrayList<>();
      int sent = 0;
      // The kernel's socket buffers take a few MB before the server's own count starts; keep sending in
      // batches the readers take up until the slow member is dropped, then a few more.
      int stopAt = 10_000;
      while (sent < stopAt) {
        for (int j = 0; j < 10; j++) {
          alice.send(sent++ + " " + payload);
        }
        for (int j = 0; j < 10; j++) {
          aliceSaw.add(alice.readLine());
          bobSaw.add(bob.readLine());
        }
        if (bobSaw.contains(slowLeft) && stopAt == 10_000) {
          stopAt = sent + 100;
        }
      }
      assertThat(bobSaw).containsOnlyOnce(slowLeft);
      assertThat(aliceSaw).containsOnlyOnce(slowLeft);
      bobSaw.remove(slowLeft);
      aliceSaw.remove(slowLeft);
      bobSaw.add(bob.readLine());
      aliceSaw.add(alice.readLine());
      List<String> expected = new ArrayList<>();
      for (int i = 0; i < sent; i++) {
        expected.add("alice: " + i + " " + payload);
      }
      assertThat(bobSaw).containsExactlyElementsOf(expected);
      assertThat(aliceSaw).containsExactlyElementsOf(expected);
      assertThat(slow.readUntilClosed().size()).isLessThan(sent);
    }
  }

  @Test
  void floodingClientIsSlowedButEverythingArrivesInOrder(Vertx vertx) {
    int port = TestServer.start(vertx, TestServer.config().withFlood(20, 5)).port();
    try (LineClient alice = LineClient.login(port, "alice")) {
      StringBuilder burst = new StringBuilder();
      int count = 25;
      for (int i = 0; i < count; i++) {
        burst.append("flood ").append(i).append('\n');
      }
      long start = System.nanoTime();
      alice.sendRaw(burst.toString().getBytes(StandardCharsets.UTF_8));
      for (int i = 0; i < count; i++) {
        alice.expect("alice: flood " + i);
      }
      long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
      // 5 lines pass at once, the other 20 at 20 a second: the gate cannot let them through sooner.
      assertThat(elapsedMillis).isGreaterThanOrEqualTo(900);
    }
  }
}

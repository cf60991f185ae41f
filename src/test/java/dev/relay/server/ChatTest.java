package dev.relay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.testing.LineClient;
import dev.relay.testing.TestServer;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** docs/PROTOCOL.md section 4 (chat). */
@ExtendWith(VertxExtension.class)
class ChatTest {

  private int port;

  @BeforeEach
  void start(Vertx vertx) {
    port = TestServer.start(vertx).port();
  }

  @Test
  void everyMemberOfTheRoomGetsTheLineSenderIncluded() {
    try (LineClient alice = LineClient.login(port, "alice");
        LineClient bob = LineClient.login(port, "bob");
        LineClient carol = LineClient.login(port, "carol")) {
      alice.skipUntil("* carol has joined lobby");
      bob.expect("* carol has joined lobby");
      carol.send("hello, world \u00e9\u4e16");
      for (LineClient member : List.of(alice, bob, carol)) {
        member.expect("carol: hello, world \u00e9\u4e16");
      }
    }
  }

  @Test
  void textIsSentAsTypedWithCarriageReturnBeforeLineFeedDropped() {
    try (LineClient alice = LineClient.login(port, "alice")) {
      alice.sendRaw("  spaced\ttext  \r\n".getBytes());
      alice.expect("alice:   spaced\ttext  ");
    }
  }

  @Test
  void clientCannotSpeakAsSomeoneElse() {
    try (LineClient alice = LineClient.login(port, "alice");
        LineClient bob = LineClient.login(port, "bob")) {
      alice.expect("* bob has joined lobby");
      bob.send("alice: I am alice");
      alice.expect("bob: alice: I am alice");
    }
  }

  @Test
  void emptyAndBlankLinesAreIgnored() {
    try (LineClient alice = LineClient.login(port, "alice")) {
      alice.send("").send("   ").send("\t");
      assertThat(alice.linesUntilSync()).isEmpty();
    }
  }

  @Test
  void doubleSlashSendsTextStartingWithOneSlash() {
    try (LineClient alice = LineClient.login(port, "alice")) {
      alice.send("//shrug");
      alice.expect("alice: /shrug");
    }
  }

  @Test
  void messagesOfOneSenderArriveInOrderForEveryMember() {
    int count = 2000;
    try (LineClient alice = LineClient.login(port, "alice");
        LineClient bob = LineClient.login(port, "bob");
        LineClient carol = LineClient.login(port, "carol")) {
      alice.skipUntil("* carol has joined lobby");
      bob.expect("* carol has joined lobby");
      StringBuilder burst = new StringBuilder();
      for (int i = 0; i < count; i++) {
        burst.append("message ").append(i).append('\n');
      }
      alice.sendRaw(burst.toString().getBytes());
      for (LineClient member : List.of(alice, bob, carol)) {
        List<String> got = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          got.add(member.readLine());
        }
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          expected.add("alice: message " + i);
        }
        assertThat(got).containsExactlyElementsOf(expected);
      }
    }
  }

  @Test
  void controlCharactersAreRefusedAndTheLineDiscarded() {
    try (LineClient alice = LineClient.login(port, "alice")) {
      alice.send("bell\u0007");
      alice.expect("! control characters are not allowed, line discarded");
      alice.send("fine");
      alice.expect("alice: fine");
    }
  }
}

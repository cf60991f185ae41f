package dev.relay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.testing.LineClient;
import dev.relay.testing.TestServer;
import dev.relay.testing.TutorialClient;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * PROTOCOL.md 8, the tutorial's client: the unchanged client.py of "TCP chat room in 200 lines" (played by
 * {@link TutorialClient}) joins on the chat port beside line clients, and both read each other.
 */
@ExtendWith(VertxExtension.class)
class TutorialClientTest {

  private int port;

  @BeforeEach
  void start(Vertx vertx) {
    port = TestServer.start(vertx).port();
  }

  @Test
  void joinsTheLobbyAndChatsWithALineClientBothWays() {
    try (LineClient alice = LineClient.login(port, "alice");
        TutorialClient bob = TutorialClient.connect(port, "bob")) {
      bob.printsUntil("* You are now connected as bob in room lobby. Type /help for commands.");
      alice.expect("* bob has joined lobby");
      bob.type("hi alice");
      alice.expect("bob: hi alice");
      alice.send("hello bob");
      alice.expect("alice: hello bob");
      bob.printsUntil("alice: hello bob");
      assertThat(bob.printed()).as("one message per printed line").filteredOn(line -> !line.isEmpty())
          .containsExactly("* You are now connected as bob in room lobby. Type /help for commands.",
              "bob: hi alice", "alice: hello bob");
    }
  }

  @Test
  void aTakenAliasIsRefusedWithItsReasonAndAskedForAgain() {
    try (LineClient bob = LineClient.login(port, "bob");
        TutorialClient other = TutorialClient.connect(port, "bob")) {
      other.printsUntil("! alias taken: bob");
      try (TutorialClient carol = TutorialClient.connect(port, "carol")) {
        carol.printsUntil("* You are now connected as carol in room lobby. Type /help for commands.");
      }
    }
  }

  @Test
  void theServerNamesTheSenderWhateverTheClientWrites() {
    try (LineClient alice = LineClient.login(port, "alice");
        TutorialClient bob = TutorialClient.connect(port, "bob")) {
      bob.printsUntil("* You are now connected as bob in room lobby. Type /help for commands.");
      alice.expect("* bob has joined lobby");
      bob.sendRaw("alice: I am alice");
      alice.expect("bob: alice: I am alice");
    }
  }

  @Test
  void commandsWorkAsInTheLineProtocol() {
    try (LineClient alice = LineClient.login(port, "alice");
        TutorialClient bob = TutorialClient.connect(port, "bob")) {
      bob.printsUntil("* You are now connected as bob in room lobby. Type /help for commands.");
      alice.send("/join dev").skipUntil("* You are now in room dev");
      alice.expect("* You own dev");
      bob.type("/join dev");
      bob.printsUntil("* You are now in room dev");
      alice.expect("* bob has joined dev");
      bob.type("/msg alice psst");
      alice.expect("[pm] bob: psst");
    }
  }

  @Test
  void lineClientsStillReadAliasPromptAsTheirFirstLine() {
    try (LineClient line = LineClient.connect(port)) {
      line.expect("alias?");
    }
  }
}

package dev.relay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.testing.LineClient;
import dev.relay.testing.TestServer;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** docs/PROTOCOL.md section 2 (handshake) and 3 (names). */
@ExtendWith(VertxExtension.class)
class HandshakeTest {

  private int port;

  @BeforeEach
  void start(Vertx vertx) {
    port = TestServer.start(vertx).port();
  }

  @Test
  void firstLineIsTheAliasPrompt() {
    try (LineClient client = LineClient.connect(port)) {
      client.expect("alias?");
    }
  }

  @Test
  void acceptedAliasIsWelcomedIntoTheLobby() {
    try (LineClient client = LineClient.connect(port)) {
      client.expect("alias?").send("alice");
      client.expect("* You are now connected as alice in room lobby. Type /help for commands.");
    }
  }

  @Test
  void othersInTheLobbyHearOfTheNewcomerButTheNewcomerDoesNot() {
    try (LineClient alice = LineClient.login(port, "alice");
        LineClient bob = LineClient.login(port, "bob")) {
      alice.expect("* bob has joined lobby");
      assertThat(bob.linesUntilSync()).isEmpty();
    }
  }

  @Test
  void invalidAliasesAreRefusedWithAReasonAndAskedAgain() {
    try (LineClient client = LineClient.connect(port)) {
      client.expect("alias?");
      for (String bad : new String[] {"has space", "x".repeat(33), "semi;colon", "/slash", "emoji\uD83D\uDE00"}) {
        client.send(bad);
        assertThat(client.readLine()).as(bad).startsWith("! ");
        client.expect("alias?");
      }
      client.send("ok_alias-1.2");
      client.expectStartsWith("* You are now connected as ok_alias-1.2");
    }
  }

  @Test
  void aliasesOfUnicodeLettersUpToThirtyTwoCharactersAreValid() {
    String greek = "\u03b1\u03b2\u03b3".repeat(10) + "xy";
    try (LineClient client = LineClient.login(port, greek)) {
      client.send("hi");
      client.expect(greek + ": hi");
    }
  }

  @Test
  void takenAliasIsRefusedCaseInsensitively() {
    try (LineClient alice = LineClient.login(port, "Alice");
        LineClient other = LineClient.connect(port)) {
      other.expect("alias?").send("aLiCe");
      other.expect("! alias taken: aLiCe");
      other.expect("alias?").send("alice2");
      other.expectStartsWith("* You are now connected as alice2");
    }
  }

  @Test
  void blankAliasLineIsRefusedWithItsReason() {
    try (LineClient client = LineClient.connect(port)) {
      client.expect("alias?").send("");
      client.expect("! an alias cannot be empty");
      client.expect("alias?").send("   ");
      client.expect("! an alias cannot be empty");
      client.expect("alias?");
    }
  }

  @Test
  void surroundingBlanksAreNotPartOfTheAlias() {
    try (LineClient client = LineClient.connect(port)) {
      client.expect("alias?").send("  carol ");
      client.expectStartsWith("* You are now connected as carol in room lobby");
    }
  }

  @Test
  void onlyHelpAndQuitWorkBeforeTheHandshake() {
    try (LineClient client = LineClient.connect(port)) {
      client.expect("alias?").send("/who");
      client.expect("! choose an alias first");
      client.expect("alias?").send("/help");
      client.skipUntil("alias?");
      client.send("/quit");
      assertThat(client.readUntilClosed()).containsExactly("* Goodbye");
    }
  }
}

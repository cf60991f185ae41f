package dev.relay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.testing.LineClient;
import dev.relay.testing.TestServer;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** docs/PROTOCOL.md section 7 (disconnects). */
@ExtendWith(VertxExtension.class)
class DisconnectTest {

  private int port;

  @BeforeEach
  void start(Vertx vertx) {
    port = TestServer.start(vertx).port();
  }

  @Test
  void resetConnectionLeavesOnceAndFreesTheAlias() {
    try (LineClient alice = LineClient.login(port, "alice")) {
      LineClient bob = LineClient.login(port, "bob");
      alice.expect("* bob has joined lobby");
      bob.reset();
      alice.expect("* bob has left lobby");
      assertThat(alice.linesUntilSync()).isEmpty();
      try (LineClient again = LineClient.login(port, "bob")) {
        alice.expect("* bob has joined lobby");
      }
    }
  }

  @Test
  void closedConnectionLeavesOnceFromItsCurrentRoom() {
    try (LineClient alice = LineClient.login(port, "alice")) {
      alice.send("/join den");
      alice.expect("* You are now in room den");
      alice.expect("* You own den");
      LineClient bob = LineClient.login(port, "bob");
      bob.send("/join den");
      bob.expect("* You are now in room den");
      alice.expect("* bob has joined den");
      bob.close();
      alice.expect("* bob has left den");
      assertThat(alice.linesUntilSync()).isEmpty();
      alice.send("/rooms");
      alice.expect("* 2 rooms:");
      assertThat(alice.readLine()).isEqualTo("*   lobby (0 members)");
      assertThat(alice.readLine()).isEqualTo("*   den (1 member)");
    }
  }

  @Test
  void connectionClosedBeforeTheHandshakeIsNotAnnounced() {
    try (LineClient alice = LineClient.login(port, "alice")) {
      LineClient stranger = LineClient.connect(port);
      stranger.expect("alias?");
      stranger.reset();
      LineClient halfway = LineClient.connect(port);
      halfway.expect("alias?").send("halfway");
      halfway.expectStartsWith("* You are now connected as halfway");
      halfway.reset();
      alice.expect("* halfway has joined lobby");
      alice.expect("* halfway has left lobby");
      assertThat(alice.linesUntilSync()).isEmpty();
    }
  }

  @Test
  void manyClientsComingAndGoingLeaveNoAliasesBehind() {
    try (LineClient alice = LineClient.login(port, "alice")) {
      for (int i = 0; i < 50; i++) {
        LineClient.login(port, "guest" + i).reset();
      }
      alice.skipUntil("* guest49 has left lobby");
      alice.send("/who");
      alice.skipUntil("* 1 member in lobby:");
      alice.expect("*   alice");
    }
  }
}

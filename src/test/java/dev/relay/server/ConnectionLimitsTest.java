package dev.relay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.edge.Limits;
import dev.relay.testing.LineClient;
import dev.relay.testing.TestServer;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** docs/PROTOCOL.md section 6.5-6.6: connection limits and the handshake timeout. */
@ExtendWith(VertxExtension.class)
class ConnectionLimitsTest {

  private static int start(Vertx vertx, Limits limits) {
    return TestServer.start(vertx, TestServer.config().withLimits(limits)).port();
  }

  @Test
  void connectionsOverTheTotalLimitAreRefusedWithAReason(Vertx vertx) {
    int port = start(vertx, Limits.DEFAULTS.withFlood(0, 1).withConnections(2, 0));
    try (LineClient first = LineClient.login(port, "first");
        LineClient second = LineClient.connect(port)) {
      second.expect("alias?");
      try (LineClient third = LineClient.connect(port)) {
        assertThat(third.readUntilClosed()).containsExactly("! server full (2 connections), try again later");
      }
      second.close();
      first.send("/who");
      first.skipUntil("* 1 member in lobby:");
      first.reset();
    }
    try (LineClient again = LineClient.connect(port)) {
      again.expect("alias?");
    }
  }

  @Test
  void connectionsOverThePerAddressLimitAreRefused(Vertx vertx) {
    int port = start(vertx, Limits.DEFAULTS.withFlood(0, 1).withConnections(0, 2));
    try (LineClient a = LineClient.login(port, "a");
        LineClient b = LineClient.login(port, "b");
        LineClient c = LineClient.connect(port)) {
      assertThat(c.readUntilClosed())
          .containsExactly("! too many connections from your address (2), try again later");
      b.send("/quit");
      b.readUntilClosed();
      a.skipUntil("* b has left lobby");
      assertThat(firstLineOnceAdmitted(port)).isEqualTo("alias?");
    }
  }

  /**
   * b's slot is free once the server's close handler has run, which can be a moment after b saw the
   * connection end: connects until admitted, for at most 5 s, and returns the first line of that connection.
   */
  private static String firstLineOnceAdmitted(int port) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
    while (true) {
      try (LineClient d = LineClient.connect(port)) {
        String first = d.readLine();
        if (!first.startsWith("! too many connections") || System.nanoTime() > deadline) {
          return first;
        }
      }
    }
  }

  @Test
  void connectionThatNeverChoosesAnAliasIsClosedAfterTheTimeout(Vertx vertx) {
    int port = start(vertx, Limits.DEFAULTS.withFlood(0, 1).withHandshakeTimeout(1));
    try (LineClient idle = LineClient.connect(port);
        LineClient member = LineClient.connect(port)) {
      member.expect("alias?").send("member");
      member.expectStartsWith("* You are now connected as member");
      assertThat(idle.readUntilClosed())
          .containsExactly("alias?", "! no alias chosen within 1 s, disconnecting");
      member.send("still here after the timeout");
      member.expect("member: still here after the timeout");
    }
  }
}

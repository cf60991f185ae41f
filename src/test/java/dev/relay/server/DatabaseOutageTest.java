package dev.relay.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.ops.AccountMetrics;
import dev.relay.ops.OpsConfig;
import dev.relay.ops.OpsServer;
import dev.relay.ops.Observability;
import dev.relay.store.StoreConfig;
import dev.relay.testing.AccountsServer;
import dev.relay.testing.Http;
import dev.relay.testing.LineClient;
import dev.relay.testing.Ports;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * docs/PROTOCOL.md 9.7 and 10.13: the database stops while members chat and starts again; the bans already loaded
 * hold meanwhile, new ones are refused until it is back. A PostgreSQL of this test's own
 * (the shared one of the store's tests must not stop), on a fixed port and data directory across its restart.
 */
@ExtendWith(VertxExtension.class)
class DatabaseOutageTest {

  private static final String PASSWORD = "correct horse";

  @TempDir
  Path dir;

  /** Keeps its data directory when it stops: the second start finds the first one's data. */
  private EmbeddedPostgres postgres(int port) throws IOException {
    return EmbeddedPostgres.builder().setPort(port).setDataDirectory(dir.resolve("pg"))
        .setCleanDataDirectory(false).start();
  }

  @Test
  void membersChatOnGuestsJoinLoginsAreRefusedAndAllRecoversWhenTheDatabaseReturns(Vertx vertx) throws Exception {
    int port = Ports.unused();
    EmbeddedPostgres postgres = postgres(port);
    StoreConfig store = StoreConfig.postgres("127.0.0.1", port, "postgres", "postgres", null, 2);
    try (AccountsServer server = AccountsServer.start(vertx, store);
        LineClient alice = LineClient.login(server.port(), "alice");
        LineClient bob = LineClient.login(server.port(), "bob")) {
      Observability observability = new Observability();
      AccountMetrics.register(observability.registry(), server.accounts().accounts(), server.accounts().hasher());
      OpsServer ops = OpsServer.start(vertx, new OpsConfig("127.0.0.1", 0), server.server(),
          observability.registry(), null).await(30, TimeUnit.SECONDS);
      alice.send("/register " + PASSWORD);
      alice.skipUntil(line -> line.startsWith("* resume token: "));
      alice.send("/join dev");
      alice.skipUntil("* You are now in room dev");
      bob.send("/join dev");
      alice.skipUntil("* bob has joined dev");
      alice.send("/ban mallory");
      alice.skipUntil(line -> line.startsWith("* alice banned mallory from dev"));

      postgres.close();
      awaitReadiness(ops.port(), "\"available\":false");
      assertThat(Http.get(ops.port(), "/metrics").body()).contains("relay_store_up 0.0");
      alice.send("still here");
      bob.skipUntil("alice: still here");
      try (LineClient carol = LineClient.login(server.port(), "carol");
          LineClient again = LineClient.connect(server.port())) {
        again.expect("alias?").send("alice2:" + PASSWORD);
        again.expect("! accounts are unavailable, try again later");
        again.expect("alias?");
        carol.send("/register another password");
        carol.expect("! accounts are unavailable, try again later");
      }
      try (LineClient mallory = LineClient.login(server.port(), "mallory")) {
        mallory.send("/join dev");
        mallory.expect("! you are banned from dev");
      }
      alice.send("/ban eve");
      alice.skipUntil("! the store is unavailable: nothing changed, try again later");

      postgres = postgres(port);
      awaitLogin(server.port(), Duration.ofSeconds(30));
      awaitReadiness(ops.port(), "\"available\":true");
      assertThat(Http.get(ops.port(), "/metrics").body()).contains("relay_store_up 1.0")
          .contains("relay_password_hashes_waiting 0.0").contains("relay_password_hashes_refused_total 0.0");
      alice.send("and back");
      bob.skipUntil("alice: and back");
      alice.send("/ban eve");
      alice.skipUntil(line -> line.startsWith("* alice banned eve from dev"));
    } finally {
      postgres.close();
    }
  }

  /**
   * Reads /health/ready until its body has {@code expected}: the store is pinged every few seconds. Readiness stays
   * 200 throughout: a database outage must not take the instance out of its Service.
   */
  private static void awaitReadiness(int port, String expected) {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (true) {
      HttpResponse<String> ready = Http.get(port, "/health/ready");
      assertThat(ready.statusCode()).isEqualTo(200);
      if (ready.body().replace(" ", "").contains(expected)) {
        return;
      }
      assertThat(System.nanoTime()).as("readiness reports " + expected).isLessThan(deadline);
      pause();
    }
  }

  /** Logs in as alice from a second connection until the store answers again (the pool reconnects by itself). */
  private static void awaitLogin(int port, Duration within) {
    long deadline = System.nanoTime() + within.toNanos();
    while (true) {
      try (LineClient other = LineClient.connect(port)) {
        other.expect("alias?").send("alice:" + PASSWORD);
        String answer = other.readLine();
        if (answer.startsWith("! alias taken: alice")) {
          return;
        }
        assertThat(answer).isEqualTo("! accounts are unavailable, try again later");
      }
      assertThat(System.nanoTime()).as("the store answers again within " + within).isLessThan(deadline);
      pause();
    }
  }

  /** Between two polls of a condition, so that polling does not load the machine; not a synchronisation. */
  private static void pause() {
    try {
      Thread.sleep(50);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}

package dev.relay.store;

import static dev.relay.store.AccountStoreContract.await;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Vertx;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Start-up failures an operator must be able to read: each names what to fix. */
class DatabaseFailuresTest {

  @TempDir
  Path dir;

  private Vertx vertx;

  @BeforeEach
  void startVertx() {
    vertx = Vertx.vertx();
  }

  @AfterEach
  void stopVertx() throws Exception {
    await(vertx.close());
  }

  @Test
  void anUnreachablePostgresFailsSoonNamingHostAndPort() throws Exception {
    int closedPort = closedPort();
    StoreConfig config = StoreConfig.postgres("127.0.0.1", closedPort, "relay", "relay", null, 1);
    long start = System.nanoTime();
    assertThatThrownBy(() -> await(Database.open(vertx, config)))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot open PostgreSQL at 127.0.0.1:" + closedPort + " (database relay, user relay): ")
        .hasMessageContaining("refused");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
  }

  @Test
  void aPasswordFileThatCannotBeReadIsNamed() {
    Path missing = dir.resolve("postgres-password");
    StoreConfig config = StoreConfig.postgres("127.0.0.1", 5432, "relay", "relay", missing, 1);
    assertThatThrownBy(() -> await(Database.open(vertx, config)))
        .isInstanceOf(StoreException.class)
        .hasMessage("cannot read the PostgreSQL password file " + missing
            + " (store.postgres.passwordFile): no such file");
  }

  @Test
  void aDataDirectoryThatCannotBeMadeIsNamed() throws IOException {
    Path file = Files.writeString(dir.resolve("not-a-directory"), "");
    StoreConfig config = StoreConfig.embedded(file.resolve("data"), 1);
    assertThatThrownBy(() -> await(Database.open(vertx, config)))
        .isInstanceOf(StoreException.class)
        .hasMessageStartingWith("cannot create the data directory " + file.resolve("data") + " (store.dataDir): ");
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}

package dev.relay.admin;

import static dev.relay.admin.AdminRun.admin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.store.StoreConfig;
import dev.relay.store.TestDatabases;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store an admin command cannot use, and the configuration that finds it: each refusal names what to fix, and
 * the configuration is layered as the server's (file, then flags).
 */
class AdminStoreFailuresTest {

  @TempDir
  Path dir;

  /**
   * A running server holds its H2 file locked; here a lock of this JVM's stands in for it, which H2 meets in the same
   * way (the jar against a real server: AdminIT).
   */
  @Test
  void anEmbeddedStoreInUseIsRefusedNamingItsDirectory() throws Exception {
    Path data = dir.resolve("data");
    assertThat(admin("accounts", "--data-dir", data.toString()).exit()).isZero();
    try (FileChannel file = FileChannel.open(data.resolve(StoreConfig.EMBEDDED_FILE), StandardOpenOption.READ,
        StandardOpenOption.WRITE); FileLock held = file.lock()) {
      AdminRun run = admin("accounts", "--data-dir", data.toString());
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).isEqualTo("relay admin: the embedded database in " + data.toAbsolutePath()
          + " is in use by a running server; stop it, or use a PostgreSQL store\n");
    }
  }

  @Test
  void aSchemaFromANewerRelayIsRefusedNamingBothVersions() {
    Path data = dir.resolve("data");
    assertThat(admin("accounts", "--data-dir", data.toString()).exit()).isZero();
    TestDatabases.migrateAsANewerRelay(StoreConfig.embedded(data, 1));
    AdminRun run = admin("role", "alice", "admin", "--data-dir", data.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).matches("relay admin: the database schema is at version 7 but this Relay knows only up "
        + "to \\d: run a newer Relay, or restore a backup\n");
  }

  @Test
  void anUnreachablePostgresIsRefusedNamingHostAndPort() throws IOException {
    int closed = closedPort();
    AdminRun run = admin("accounts", "--config", postgresConfig(closed).toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("relay admin: cannot open PostgreSQL at 127.0.0.1:" + closed
        + " (database relay, user relay): ").contains("refused");
  }

  @Test
  void flagsWinOverTheConfigurationFile() throws IOException {
    Path config = postgresConfig(closedPort());
    Path data = dir.resolve("data");
    AdminRun run = admin("accounts", "--config", config.toString(), "--store", "embedded", "--data-dir", data.toString());
    assertThat(run.exit()).isZero();
    assertThat(data.resolve(StoreConfig.EMBEDDED_FILE)).exists();
  }

  @Test
  void aBadConfigurationIsWrongUsageNamingTheKey() throws IOException {
    AdminRun backend = admin("accounts", "--store", "mongo", "--data-dir", dir.resolve("data").toString());
    assertThat(backend.exit()).isEqualTo(2);
    assertThat(backend.err()).isEqualTo("relay admin: bad configuration: store.backend: must be embedded or postgres, "
        + "got 'mongo'\n");
    Path missing = dir.resolve("relay.json");
    AdminRun noFile = admin("accounts", "--config", missing.toString());
    assertThat(noFile.exit()).isEqualTo(2);
    assertThat(noFile.err()).isEqualTo("relay admin: bad configuration: cannot read " + missing + ": no such file\n");
  }

  private Path postgresConfig(int port) throws IOException {
    JsonObject config = new JsonObject().put("store", new JsonObject().put("backend", "postgres")
        .put("postgres", new JsonObject().put("host", "127.0.0.1").put("port", port)));
    return Files.writeString(dir.resolve("relay.json"), config.encodePrettily());
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}

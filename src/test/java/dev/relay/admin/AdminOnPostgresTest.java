package dev.relay.admin;

import static dev.relay.admin.AdminRun.admin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.store.StoreConfig;
import dev.relay.store.TestDatabases;
import io.vertx.core.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The admin commands on PostgreSQL, found as an operator configures the server: a configuration file. */
class AdminOnPostgresTest {

  @RegisterExtension
  static final TestDatabases DATABASES = new TestDatabases();

  @TempDir
  Path dir;

  @Test
  void createThenRoleThenAccounts() throws Exception {
    StoreConfig postgres = DATABASES.freshPostgres(2);
    JsonObject store = new JsonObject().put("backend", "postgres").put("postgres", new JsonObject()
        .put("host", postgres.host()).put("port", postgres.port()).put("database", postgres.database())
        .put("user", postgres.user()));
    String config = Files.writeString(dir.resolve("relay.json"), new JsonObject().put("store", store).encode()).toString();
    String password = Files.writeString(dir.resolve("password"), "correct horse battery\n").toString();

    AdminRun create = admin("create", "alice", "--password-file", password, "--config", config);
    assertThat(create.exit()).as(create.err()).isZero();
    assertThat(create.outLines()).containsExactly("created account alice with role none");
    AdminRun role = admin("role", "alice", "admin", "--config", config);
    assertThat(role.exit()).as(role.err()).isZero();
    assertThat(role.outLines()).containsExactly("alice is now admin");
    AdminRun accounts = admin("accounts", "--config", config);
    assertThat(accounts.exit()).as(accounts.err()).isZero();
    assertThat(accounts.outLines()).containsExactly("alice admin");
    assertThat(admin("role", "bob", "admin", "--config", config).err()).isEqualTo("relay admin: no account bob\n");
  }
}

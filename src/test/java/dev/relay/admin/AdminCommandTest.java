package dev.relay.admin;

import static dev.relay.admin.AdminRun.admin;
import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.accounts.Argon2id;
import dev.relay.accounts.ServerRole;
import dev.relay.store.Account;
import dev.relay.store.Database;
import dev.relay.store.SqlAccountStore;
import dev.relay.store.StoreConfig;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code relay admin create | role | accounts} on an embedded store, and each of their refusals. */
class AdminCommandTest {

  private static final String PASSWORD = "correct horse battery";

  @TempDir
  Path dir;

  @Test
  void createMakesAnAccountThatLogsInWithThePasswordFromTheFile() throws Exception {
    AdminRun run = onStore("create", "alice", "--password-file", passwordFile(PASSWORD + "\n"), "--role", "admin");
    assertThat(run.exit()).isZero();
    assertThat(run.outLines()).containsExactly("created account alice with role admin");
    assertThat(run.err()).isEmpty();
    Account alice = stored("alice").orElseThrow();
    assertThat(alice.name()).isEqualTo("alice");
    assertThat(alice.role()).isEqualTo(ServerRole.ADMIN);
    assertThat(alice.passwordHash()).startsWith("$argon2id$v=19$m=19456,t=2,p=1$");
    assertThat(new Argon2id().verify(PASSWORD, alice.passwordHash())).isEqualTo(Argon2id.Check.MATCH);
  }

  @Test
  void createDropsOneLineBreakOnlyAndGivesNoRoleUnlessAsked() throws Exception {
    assertThat(onStore("create", "Bob", "--password-file", passwordFile(PASSWORD + " \r\n")).outLines())
        .containsExactly("created account Bob with role none");
    Account bob = stored("bob").orElseThrow();
    assertThat(bob.name()).isEqualTo("Bob");
    assertThat(bob.role()).isEqualTo(ServerRole.NONE);
    assertThat(new Argon2id().verify(PASSWORD + " ", bob.passwordHash())).isEqualTo(Argon2id.Check.MATCH);
  }

  @Test
  void createRefusesAnExistingAccountWhateverTheLetterCase() throws Exception {
    String file = passwordFile(PASSWORD);
    onStore("create", "alice", "--password-file", file, "--role", "admin");
    AdminRun again = onStore("create", "Alice", "--password-file", file);
    assertThat(again.exit()).isEqualTo(1);
    assertThat(again.out()).isEmpty();
    assertThat(again.err()).isEqualTo("relay admin: there is already an account Alice (relay admin role changes its role)\n");
    assertThat(stored("alice").orElseThrow().role()).isEqualTo(ServerRole.ADMIN);
  }

  @Test
  void createRefusesABadAliasBeforeOpeningAnything() throws Exception {
    AdminRun run = onStore("create", "al ice", "--password-file", passwordFile(PASSWORD));
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).startsWith("relay admin: alias may contain only letters, digits and ");
    assertThat(dataDir()).doesNotExist();
    assertThat(onStore("create", "you", "--password-file", passwordFile(PASSWORD)).err())
        .isEqualTo("relay admin: alias 'you' is reserved\n");
  }

  @Test
  void createRefusesAPasswordTheRulesRefuseWithoutShowingIt() throws Exception {
    AdminRun shortOne = onStore("create", "alice", "--password-file", passwordFile("hunter2\n"));
    assertThat(shortOne.exit()).isEqualTo(1);
    assertThat(shortOne.err()).isEqualTo("relay admin: a password needs at least 8 characters (password file "
        + dir.resolve("password") + ")\n");
    AdminRun twoLines = onStore("create", "alice", "--password-file", passwordFile("hunter22\n\n"));
    assertThat(twoLines.err()).contains("a password may not contain control characters");
    AdminRun tooLong = onStore("create", "alice", "--password-file", passwordFile("x".repeat(300)));
    assertThat(tooLong.err()).contains("a password may have at most 256 bytes");
    for (AdminRun run : new AdminRun[] {shortOne, twoLines, tooLong}) {
      assertThat(run.exit()).isEqualTo(1);
      assertThat(run.out() + run.err()).doesNotContain("hunter");
    }
    assertThat(dataDir()).doesNotExist();
  }

  @Test
  void createRefusesAPasswordFileItCannotRead() throws Exception {
    AdminRun missing = onStore("create", "alice", "--password-file", dir.resolve("nope").toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).isEqualTo("relay admin: cannot read the password file " + dir.resolve("nope")
        + ": no such file\n");
    AdminRun directory = onStore("create", "alice", "--password-file", dir.toString());
    assertThat(directory.exit()).isEqualTo(1);
    assertThat(directory.err()).startsWith("relay admin: cannot read the password file " + dir + ": ");
    Path latin1 = Files.write(dir.resolve("latin1"), "caf\u00e9 au lait".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(onStore("create", "alice", "--password-file", latin1.toString()).err())
        .isEqualTo("relay admin: cannot read the password file " + latin1 + ": not UTF-8 text\n");
  }

  @Test
  void createWithoutAPasswordFileIsWrongUsage() {
    AdminRun run = onStore("create", "alice");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required option: '--password-file=FILE'");
  }

  @Test
  void roleSetsAnAccountsRoleAndSaysSoInOneLine() throws Exception {
    onStore("create", "Alice", "--password-file", passwordFile(PASSWORD));
    AdminRun admin = onStore("role", "alice", "admin");
    assertThat(admin.exit()).isZero();
    assertThat(admin.outLines()).containsExactly("alice is now admin");
    assertThat(stored("alice").orElseThrow().role()).isEqualTo(ServerRole.ADMIN);
    assertThat(onStore("role", "alice", "Moderator").outLines()).containsExactly("alice is now moderator");
    assertThat(stored("alice").orElseThrow().role()).isEqualTo(ServerRole.MODERATOR);
    assertThat(onStore("role", "alice", "none").outLines()).containsExactly("alice now has no server role");
    assertThat(stored("alice").orElseThrow().role()).isEqualTo(ServerRole.NONE);
  }

  @Test
  void roleRefusesAnUnknownAccount() {
    AdminRun run = onStore("role", "carol", "admin");
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("relay admin: no account carol\n");
  }

  @Test
  void anUnknownRoleIsWrongUsageAndOpensNothing() throws Exception {
    AdminRun role = onStore("role", "alice", "owner");
    assertThat(role.exit()).isEqualTo(2);
    assertThat(role.err()).isEqualTo("relay admin: unknown role 'owner': use admin, moderator or none\n");
    AdminRun create = onStore("create", "alice", "--password-file", passwordFile(PASSWORD), "--role", "root");
    assertThat(create.exit()).isEqualTo(2);
    assertThat(create.err()).isEqualTo("relay admin: unknown role 'root': use admin, moderator or none\n");
    assertThat(dataDir()).doesNotExist();
  }

  @Test
  void accountsListsEveryAccountWithItsRoleSortedByName() throws Exception {
    String file = passwordFile(PASSWORD);
    onStore("create", "carol", "--password-file", file);
    onStore("create", "Bob", "--password-file", file, "--role", "moderator");
    onStore("create", "alice", "--password-file", file, "--role", "admin");
    AdminRun run = onStore("accounts");
    assertThat(run.exit()).isZero();
    assertThat(run.outLines()).containsExactly("alice admin", "Bob moderator", "carol none");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void accountsOnAnEmptyStorePrintsNothing() {
    AdminRun run = onStore("accounts");
    assertThat(run.exit()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEmpty();
  }

  @Test
  void adminAloneIsWrongUsage() {
    AdminRun run = admin();
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("Missing required subcommand", "create", "role", "accounts");
  }

  /** {@code relay admin ARGS --data-dir DIR/data}, the store of this test. */
  private AdminRun onStore(String... args) {
    return admin(Stream.concat(Stream.of(args), Stream.of("--data-dir", dataDir().toString())).toArray(String[]::new));
  }

  private Path dataDir() {
    return dir.resolve("data");
  }

  private String passwordFile(String content) throws IOException {
    return Files.writeString(dir.resolve("password"), content, StandardCharsets.UTF_8).toString();
  }

  private Optional<Account> stored(String key) throws Exception {
    Vertx vertx = Vertx.vertx();
    try {
      Database database = Database.open(vertx, StoreConfig.embedded(dataDir(), 1)).await(30, TimeUnit.SECONDS);
      try {
        return new SqlAccountStore(database.pool(), Clock.systemUTC()).find(key).await(30, TimeUnit.SECONDS);
      } finally {
        database.close().await(30, TimeUnit.SECONDS);
      }
    } finally {
      vertx.close().await(30, TimeUnit.SECONDS);
    }
  }
}

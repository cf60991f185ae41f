package dev.relay.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.testing.LineClient;
import dev.relay.testing.RelayProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code java -jar target/relay.jar admin ...} as an operator runs it on a data directory, before, during and after
 * the server runs on it: the result alone on stdout, the store's log lines on stderr.
 */
class AdminIT {

  private static final String PASSWORD = "correct horse battery";

  @TempDir
  Path dir;

  @Test
  void theFirstAdminMadeOnADataDirLogsInToTheServerStartedOnIt() throws Exception {
    Path data = dir.resolve("data");
    Path passwordFile = Files.writeString(dir.resolve("pw.txt"), PASSWORD + "\n");

    Run create = admin("create", "alice", "--password-file", passwordFile.toString(), "--role", "admin",
        "--data-dir", data.toString());
    assertThat(create.exit()).as(create.err()).isZero();
    assertThat(create.out()).isEqualTo("created account alice with role admin\n");
    assertThat(create.err()).contains("Store: the embedded database " + data.resolve("relay.mv.db"));
    assertThat(create.out() + create.err()).doesNotContain(PASSWORD);

    try (RelayProcess relay = RelayProcess.start("--host", "127.0.0.1", "--port", "0", "--data-dir", data.toString())) {
      int port = relay.awaitListening();
      try (LineClient alice = LineClient.connect(port)) {
        alice.expect("alias?");
        alice.send("alice:" + PASSWORD);
        alice.expectStartsWith("* You are now connected as alice in room lobby");
        alice.expect("* You are logged in as alice.");
      }

      Run whileRunning = admin("accounts", "--data-dir", data.toString());
      assertThat(whileRunning.exit()).isEqualTo(1);
      assertThat(whileRunning.out()).isEmpty();
      assertThat(whileRunning.err()).endsWith("relay admin: the embedded database in " + data
          + " is in use by a running server; stop it, or use a PostgreSQL store\n");

      relay.terminate();
      assertThat(relay.awaitExit()).isZero();
    }

    Run accounts = admin("accounts", "--data-dir", data.toString());
    assertThat(accounts.exit()).as(accounts.err()).isZero();
    assertThat(accounts.out()).isEqualTo("alice admin\n");
  }

  /** What one admin process printed on each stream. */
  private record Run(int exit, String out, String err) {
  }

  private Run admin(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-jar", Path.of(System.getProperty("relay.jar", "target/relay.jar")).toAbsolutePath().toString(), "admin"));
    command.addAll(List.of(args));
    Path out = Files.createTempFile(dir, "admin-", ".out");
    Path err = Files.createTempFile(dir, "admin-", ".err");
    Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("relay admin still running after 60 s: " + Files.readString(err));
    }
    return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }
}

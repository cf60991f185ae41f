package dev.relay.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The browser tier (docs/WEB.md "Tests"): runs {@code npm test} in {@code web-tests/}, whose node:test files drive
 * headless Chromium through playwright-core against processes of the fat jar. Their output is streamed into this
 * test's log, and the run must end with exit code 0.
 *
 * <p>A machine without Chromium or without {@code web-tests/node_modules} fails here with what to install (CI
 * installs both in {@code .ci/run}); {@code -Drelay.skipBrowser=true} skips the tier on purpose.
 */
class BrowserIT {

  private static final Logger LOG = LoggerFactory.getLogger(BrowserIT.class);
  private static final Path WEB_TESTS = Path.of("web-tests").toAbsolutePath();
  private static final long MINUTES = 15;

  @Test
  void browserTestsPass() throws Exception {
    assumeFalse(Boolean.getBoolean("relay.skipBrowser"), "relay.skipBrowser=true: the browser tests are skipped");
    Path chromium = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    assertThat(Files.isExecutable(chromium))
        .as("no Chromium at %s: apt-get install -y chromium (or -Drelay.skipBrowser=true)", chromium)
        .isTrue();
    assertThat(Files.isDirectory(WEB_TESTS.resolve("node_modules").resolve("playwright-core")))
        .as("no %s: run (cd web-tests && npm ci) (or -Drelay.skipBrowser=true)", WEB_TESTS.resolve("node_modules"))
        .isTrue();
    Path jar = Path.of(System.getProperty("relay.jar", "target/relay.jar")).toAbsolutePath();
    assertThat(Files.isRegularFile(jar)).as("no fat jar at %s: run mvn verify", jar).isTrue();

    ProcessBuilder builder = new ProcessBuilder(List.of("npm", "test"))
        .directory(WEB_TESTS.toFile())
        .redirectErrorStream(true);
    builder.environment().put("RELAY_JAR", jar.toString());
    builder.environment().put("CHROMIUM_PATH", chromium.toString());
    Process npm;
    try {
      npm = builder.start();
    } catch (IOException e) {
      throw new AssertionError("cannot run npm in " + WEB_TESTS + ": install nodejs and npm", e);
    }
    Deque<String> tail = new ArrayDeque<>();
    Thread pump = new Thread(() -> stream(npm, tail), "browser-tests-output");
    pump.setDaemon(true);
    pump.start();
    try {
      if (!npm.waitFor(MINUTES, TimeUnit.MINUTES)) {
        npm.descendants().forEach(ProcessHandle::destroyForcibly);
        npm.destroyForcibly();
        throw new AssertionError("the browser tests ran over " + MINUTES + " minutes:\n" + String.join("\n", tail));
      }
      pump.join(TimeUnit.SECONDS.toMillis(10));
    } finally {
      npm.descendants().forEach(ProcessHandle::destroyForcibly);
    }
    synchronized (tail) {
      assertThat(npm.exitValue())
          .as("npm test in %s failed; its last lines:\n%s", WEB_TESTS, String.join("\n", tail))
          .isZero();
    }
  }

  private static void stream(Process process, Deque<String> tail) {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        LOG.info("web-tests: {}", line);
        synchronized (tail) {
          tail.addLast(line);
          if (tail.size() > 200) {
            tail.removeFirst();
          }
        }
      }
    } catch (IOException ignored) {
      // the process ended
    }
  }
}

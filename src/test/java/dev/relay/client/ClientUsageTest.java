package dev.relay.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command line itself: help, wrong usage and the first connection failing. No server needed. */
class ClientUsageTest {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  @Test
  void helpExitsZeroAndListsTheOptions() {
    assertThat(run("--help")).isZero();
    assertThat(text(out)).contains("--host", "--port", "--alias", "--retries", "--no-tty");
  }

  @Test
  void anUnknownOptionExitsTwoWithAMessage() {
    assertThat(run("--bogus")).isEqualTo(2);
    assertThat(text(err)).contains("Unknown option: '--bogus'");
  }

  @Test
  void aPortThatIsNotANumberExitsTwo() {
    assertThat(run("--port", "nope")).isEqualTo(2);
    assertThat(text(err)).contains("--port");
  }

  @Test
  void aPortOutOfRangeExitsTwo() {
    assertThat(run("--port", "70000")).isEqualTo(2);
    assertThat(text(err)).contains("--port must be 1-65535, got 70000");
  }

  @Test
  void negativeRetriesExitTwo() {
    assertThat(run("--retries", "-1")).isEqualTo(2);
    assertThat(text(err)).contains("--retries must be 0 or more");
  }

  @Test
  void aHostListWithAnEmptyEntryExitsTwo() {
    assertThat(run("--host", "a:5000,,b:5001")).isEqualTo(2);
    assertThat(text(err)).contains("--host has an empty entry: \"a:5000,,b:5001\"");
  }

  @Test
  void aHostEntryWithABadPortExitsTwo() {
    assertThat(run("--host", "a:5000,b:x")).isEqualTo(2);
    assertThat(text(err)).contains("--host entry \"b:x\": port must be 1-65535, got \"x\"");
  }

  @Test
  void aHostEntryWithAPortOutOfRangeExitsTwo() {
    assertThat(run("--host", "[::1]:70000")).isEqualTo(2);
    assertThat(text(err)).contains("--host entry \"[::1]:70000\": port must be 1-65535, got \"70000\"");
  }

  @Test
  void aRefusedConnectionExitsOneWithOneClearMessage() throws IOException {
    int port = freePort();
    assertThat(run("--host", "127.0.0.1", "--port", String.valueOf(port), "--alias", "bob")).isEqualTo(1);
    assertThat(text(err)).isEqualTo("relay client: cannot connect to 127.0.0.1:" + port + ": Connection refused\n");
    assertThat(text(out)).isEmpty();
  }

  @Test
  void whenEveryServerRefusesTheMessageNamesThemAll() throws IOException {
    int first = freePort();
    int second = freePort();
    assertThat(run("--host", "127.0.0.1:" + first + ",127.0.0.1:" + second, "--alias", "bob")).isEqualTo(1);
    assertThat(text(err)).isEqualTo("relay client: cannot connect to 127.0.0.1:" + first + ", 127.0.0.1:" + second
        + ": Connection refused\n");
    assertThat(text(out)).isEmpty();
  }

  private static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0)) {
      return probe.getLocalPort();
    }
  }

  private int run(String... args) {
    return ClientCommand.run(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8), args);
  }

  private static String text(ByteArrayOutputStream stream) {
    return stream.toString(StandardCharsets.UTF_8);
  }
}

package dev.relay.client;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@code relay client ARGS} run in-process through {@link ClientCommand#run}, as a script would run it:
 * the test types into its stdin and reads its stdout and stderr line by line.
 */
final class ScriptedClient {

  private final PipedOutputStream stdin = new PipedOutputStream();
  private final LineQueue stdout = new LineQueue("stdout");
  private final LineQueue stderr = new LineQueue("stderr");
  private final CompletableFuture<Integer> exit = new CompletableFuture<>();

  private ScriptedClient() {
  }

  /** The client pointed at a server on this machine's {@code port}, with {@code args} after that. */
  static ScriptedClient startAgainst(int port, String... args) {
    String[] all = new String[args.length + 4];
    all[0] = "--host";
    all[1] = "127.0.0.1";
    all[2] = "--port";
    all[3] = String.valueOf(port);
    System.arraycopy(args, 0, all, 4, args.length);
    return start(all);
  }

  static ScriptedClient start(String... args) {
    ScriptedClient client = new ScriptedClient();
    try {
      PipedInputStream in = new PipedInputStream(client.stdin);
      Thread thread = new Thread(() -> {
        try {
          client.exit.complete(ClientCommand.run(in, LineCapture.into(client.stdout), LineCapture.into(client.stderr), args));
        } catch (Throwable t) {
          client.exit.completeExceptionally(t);
        }
      }, "scripted-client");
      thread.setDaemon(true);
      thread.start();
      return client;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ScriptedClient type(String line) {
    try {
      stdin.write((line + "\n").getBytes(StandardCharsets.UTF_8));
      stdin.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  /** Closes stdin, as the end of a script does. */
  ScriptedClient endInput() {
    try {
      stdin.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return this;
  }

  LineQueue stdout() {
    return stdout;
  }

  LineQueue stderr() {
    return stderr;
  }

  int exitCode() {
    try {
      return exit.get(LineQueue.TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return fail("client still running after %s; stdout %s, stderr %s", LineQueue.TIMEOUT, stdout.seen(), stderr.seen());
    } catch (ExecutionException e) {
      throw new AssertionError("client crashed", e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted", e);
    }
  }
}

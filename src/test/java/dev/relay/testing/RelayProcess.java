package dev.relay.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A process of the fat jar, {@code java -jar target/relay.jar ARGS}, with its output gathered line by line. */
public final class RelayProcess implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("Relay listening on [^:]*:(\\d+)");
  private static final Pattern HTTP_PORT = Pattern.compile("operator HTTP on port (\\d+)");

  private final Process process;
  private final BlockingQueue<String> output = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();

  private final Thread pump;

  private RelayProcess(Process process) {
    this.process = process;
    this.pump = new Thread(this::pump, "relay-process-output");
    pump.setDaemon(true);
    pump.start();
  }

  public static RelayProcess start(String... args) {
    return start(Map.of(), args);
  }

  /** Starts with {@code env} added to this JVM's environment. */
  public static RelayProcess start(Map<String, String> env, String... args) {
    return start(List.of(), env, args);
  }

  /** Starts inside the network namespace {@code namespace} ({@code ip netns exec}). */
  public static RelayProcess startIn(String namespace, String... args) {
    return start(List.of("ip", "netns", "exec", namespace), Map.of(), args);
  }

  /** Starts through the README's launcher, {@code bin/relay ARGS}, with this JVM's java first on the PATH. */
  public static RelayProcess launch(String... args) {
    Path javaBin = Path.of(System.getProperty("java.home"), "bin");
    String path = javaBin + java.io.File.pathSeparator + System.getenv().getOrDefault("PATH", "");
    List<String> command = new ArrayList<>(List.of("sh", Path.of("bin", "relay").toAbsolutePath().toString()));
    command.addAll(List.of(args));
    return start(command, Map.of("PATH", path, "RELAY_JAR", jar().toString()));
  }

  private static RelayProcess start(List<String> prefix, Map<String, String> env, String... args) {
    List<String> command = new ArrayList<>(prefix);
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(args));
    return start(command, env);
  }

  private static Path jar() {
    Path jar = Path.of(System.getProperty("relay.jar", "target/relay.jar")).toAbsolutePath();
    if (!Files.isRegularFile(jar)) {
      throw new AssertionError("no fat jar at " + jar + ": run mvn verify");
    }
    return jar;
  }

  private static RelayProcess start(List<String> command, Map<String, String> env) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      // Tests never take the fixed operator and IRC ports (several instances share a host); a test may still set
      // its own, and a flag overrides these.
      builder.environment().put("RELAY_HTTP_HOST", "127.0.0.1");
      builder.environment().put("RELAY_HTTP_PORT", "0");
      builder.environment().put("RELAY_IRC_PORT", "0");
      builder.environment().putAll(env);
      return new RelayProcess(builder.start());
    } catch (IOException e) {
      throw new AssertionError("cannot start " + command, e);
    }
  }

  /** Waits for the server's "listening" log line and returns the port it names. */
  public int awaitListening() {
    Matcher matcher = LISTENING.matcher(awaitLine(l -> LISTENING.matcher(l).find()));
    matcher.find();
    return Integer.parseInt(matcher.group(1));
  }

  /** The process's command line as the system reports it: java's, when a launcher execs java. */
  public List<String> commandLine() {
    return process.info().arguments().map(List::of).orElse(List.of());
  }

  /** The operator HTTP port the started server names in its "listening" line. */
  public int httpPort() {
    Matcher matcher = HTTP_PORT.matcher(printed());
    if (!matcher.find()) {
      throw new AssertionError("no operator port in: " + printed());
    }
    return Integer.parseInt(matcher.group(1));
  }

  /** Waits for an output line that matches, failing after 30 s or when the process ends. */
  public String awaitLine(java.util.function.Predicate<String> match) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    try {
      while (System.nanoTime() < deadline) {
        String line = output.poll(100, TimeUnit.MILLISECONDS);
        if (line != null && match.test(line)) {
          return line;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    throw new AssertionError("no matching output within 30 s; saw: " + seen);
  }

  /** Waits for the process to end, and for its last output to be gathered, and returns its exit code. */
  public int awaitExit() {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        throw new AssertionError("process still running after 60 s; output: " + printed());
      }
      pump.join(TimeUnit.SECONDS.toMillis(10));
      return process.exitValue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Everything the process printed so far (stdout and stderr). */
  public synchronized String printed() {
    return String.join("\n", seen);
  }

  /** Writes a line to the process's standard input, as a user typing would. */
  public void type(String line) {
    try {
      process.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
      process.getOutputStream().flush();
    } catch (IOException e) {
      throw new AssertionError("cannot write to the process: " + printed(), e);
    }
  }

  /** Sends SIGKILL: the process dies at once, saying goodbye to nobody. */
  public void kill() {
    process.toHandle().destroyForcibly();
    awaitExit();
  }

  /** Sends SIGTERM, as an operator or Kubernetes would. */
  public void terminate() {
    // Through the handle: Process.destroy() would also close our end of the process's output.
    process.toHandle().destroy();
  }

  private void pump() {
    try (BufferedReader reader = new BufferedReader(
        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        synchronized (this) {
          seen.add(line);
        }
        output.add(line);
      }
    } catch (IOException ignored) {
      // the process ended
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}

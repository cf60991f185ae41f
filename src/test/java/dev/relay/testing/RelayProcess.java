package dev.relay.testing;

import dev.relay.config.Settings;
import dev.relay.store.StoreConfig;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A process of the fat jar, {@code java -jar target/relay.jar ARGS}, with its output gathered line by line.
 *
 * <p>Each process gets a fresh data directory of its own (a temporary directory, deleted when it is closed), so
 * that no test writes {@code data/} into the working directory and no two processes open the same H2 file, which
 * H2 locks. A caller that gives one, in the environment ({@link #dataDir}) or with {@code --data-dir}, keeps it
 * and owns it: that is how a test restarts "the same" server.
 */
public final class RelayProcess implements AutoCloseable {

  private static final Pattern LISTENING = Pattern.compile("Relay listening on [^:]*:(\\d+)");
  private static final Pattern HTTP_PORT = Pattern.compile("operator HTTP on port (\\d+)");

  private final Process process;
  private final BlockingQueue<String> output = new LinkedBlockingQueue<>();
  private final List<String> seen = new ArrayList<>();

  private final Thread pump;
  /** The data directory this class made for the process, or null when the caller gave one. */
  private final Path ownDataDir;

  private RelayProcess(Process process, Path ownDataDir) {
    this.process = process;
    this.ownDataDir = ownDataDir;
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
    return startIn(namespace, Map.of(), args);
  }

  /** Starts inside the network namespace {@code namespace}, with {@code env} added to this JVM's environment. */
  public static RelayProcess startIn(String namespace, Map<String, String> env, String... args) {
    return start(List.of("ip", "netns", "exec", namespace), env, args);
  }

  /** The environment that keeps a process's embedded store in {@code dir}, which the caller owns. */
  public static Map<String, String> dataDir(Path dir) {
    return Map.of(Settings.STORE_DATA_DIR.env(), dir.toAbsolutePath().toString());
  }

  /**
   * The environment that points a process started with {@code --store postgres} at {@code postgres}'s database,
   * as an operator would (docs/CONFIG.md, the {@code store.postgres.*} settings).
   */
  public static Map<String, String> postgres(StoreConfig postgres) {
    if (postgres.backend() != StoreConfig.Backend.POSTGRES) {
      throw new IllegalArgumentException("not a PostgreSQL store: " + postgres.describe());
    }
    Map<String, String> env = new HashMap<>(Map.of(
        Settings.STORE_POSTGRES_HOST.env(), postgres.host(),
        Settings.STORE_POSTGRES_PORT.env(), "" + postgres.port(),
        Settings.STORE_POSTGRES_DATABASE.env(), postgres.database(),
        Settings.STORE_POSTGRES_USER.env(), postgres.user(),
        Settings.STORE_POOL_SIZE.env(), "" + postgres.poolSize()));
    if (postgres.passwordFile() != null) {
      env.put(Settings.STORE_POSTGRES_PASSWORD_FILE.env(), postgres.passwordFile().toAbsolutePath().toString());
    }
    return env;
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
    Path ownDataDir = null;
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      // Tests never take the fixed operator, IRC and web ports (several instances share a host); a test may still
      // set its own, and a flag overrides these.
      builder.environment().put("RELAY_HTTP_HOST", "127.0.0.1");
      builder.environment().put("RELAY_HTTP_PORT", "0");
      builder.environment().put("RELAY_IRC_PORT", "0");
      builder.environment().put("RELAY_WEB_PORT", "0");
      if (!env.containsKey(Settings.STORE_DATA_DIR.env()) && !givesDataDir(command)) {
        ownDataDir = Files.createTempDirectory("relay-data-");
        builder.environment().putAll(dataDir(ownDataDir));
      }
      builder.environment().putAll(env);
      return new RelayProcess(builder.start(), ownDataDir);
    } catch (IOException e) {
      if (ownDataDir != null) {
        delete(ownDataDir);
      }
      throw new AssertionError("cannot start " + command, e);
    }
  }

  private static boolean givesDataDir(List<String> command) {
    return command.stream().anyMatch(arg -> arg.equals("--data-dir") || arg.startsWith("--data-dir="));
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

  /**
   * Kills the process and returns once it has ended (so its ports and files are free, and a network namespace it
   * ran in can go), having deleted the data directory this class made for it, if any.
   */
  @Override
  public void close() {
    process.destroyForcibly();
    awaitEnd();
    if (ownDataDir != null) {
      delete(ownDataDir);
    }
  }

  private void awaitEnd() {
    try {
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        throw new AssertionError("process still running 60 s after SIGKILL");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot delete the data directory " + dir, e);
    }
  }
}

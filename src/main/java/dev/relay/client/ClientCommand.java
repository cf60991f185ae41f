package dev.relay.client;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine;

/**
 * {@code relay client [options]}: the chat client. On a terminal it is interactive (line editing, history,
 * a prompt with room and alias); otherwise it is scripted: stdin lines go to the server, server lines go to
 * stdout as they are. Exit code 0 after leaving, 1 when it gives up, 2 for wrong usage.
 */
@Command(
    name = "client",
    mixinStandardHelpOptions = true,
    version = "Relay 0.1.0",
    sortOptions = false,
    description = {
        "Connects to a Relay chat server.",
        "On a terminal: type to chat, /quit or Ctrl-D to leave. Otherwise (scripted): each stdin line is sent, "
            + "every server line is printed to stdout, and /quit is sent at the end of stdin."},
    footer = {"", "Example: printf 'hello\\n/who\\n' | relay client --alias bob"})
public final class ClientCommand implements Callable<Integer> {

  static final String DEFAULT_HOST = "localhost";
  static final int DEFAULT_PORT = 5000;

  @Spec
  CommandSpec spec;

  @Option(names = "--host", paramLabel = "HOST[:PORT][,...]",
      description = "Server host (default: ${DEFAULT-VALUE}), or several, comma-separated, to fail over between; "
          + "an IPv6 address with a port in brackets: [::1]:5000.")
  String host = DEFAULT_HOST;

  @Option(names = "--port", paramLabel = "PORT",
      description = "Server port, for hosts given without one (default: ${DEFAULT-VALUE}).")
  int port = DEFAULT_PORT;

  @Option(names = "--alias", paramLabel = "ALIAS",
      description = "Alias to chat as. Without it the client asks for one; scripted, the first stdin line is the alias.")
  String alias;

  @Option(names = "--retries", paramLabel = "N",
      description = "Reconnect attempts after a lost connection, each trying every host "
          + "(default: unlimited on a terminal, 0 scripted).")
  Integer retries;

  @Option(names = "--no-tty", description = "Scripted mode even on a terminal.")
  boolean noTty;

  @Option(names = "--tls", description = "Connect with TLS (the server's TLS port, 5001 by default).")
  boolean tls;

  @Option(names = "--insecure", description = "With --tls: accept any certificate, e.g. a self-signed one.")
  boolean insecure;

  private final InputStream in;
  private final PrintStream out;
  private final PrintStream err;
  private final boolean terminalAllowed;

  /** The jar's {@code client} subcommand, on the process's stdin, stdout and stderr. */
  public ClientCommand() {
    this(System.in, utf8(FileDescriptor.out), utf8(FileDescriptor.err), true);
  }

  private ClientCommand(InputStream in, PrintStream out, PrintStream err, boolean terminalAllowed) {
    this.in = in;
    this.out = out;
    this.err = err;
    this.terminalAllowed = terminalAllowed;
  }

  /**
   * Runs {@code relay client ARGS} on the given streams, always in scripted mode, and returns the exit code
   * the jar would exit with. Returns once the client is done; help and usage errors go to {@code out} and
   * {@code err}.
   */
  public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
    CommandLine cli = new CommandLine(new ClientCommand(in, out, err, false));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    return cli.execute(args);
  }

  @Override
  public Integer call() {
    validate();
    ServerAddresses servers = servers();
    boolean interactive = onTerminal();
    try (Console console = interactive ? TerminalConsole.open() : new PlainConsole(in, out, err)) {
      Optional<String> chosen = Optional.ofNullable(alias);
      if (chosen.isEmpty() && interactive) {
        chosen = askAlias(console);
        if (chosen.isEmpty()) {
          return 0;
        }
      }
      int attempts = retries != null ? retries : interactive ? Backoff.UNLIMITED : 0;
      ClientTls security = !tls ? ClientTls.OFF : insecure ? ClientTls.INSECURE : ClientTls.VERIFY;
      new ChatClient(new ClientSettings(servers, chosen, attempts, interactive, security), console).run();
      return 0;
    } catch (ClientFailure e) {
      return fail(e.getMessage());
    } catch (IOException e) {
      return fail("cannot open the terminal: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return fail("interrupted");
    }
  }

  private void validate() {
    if (port < 1 || port > 65535) {
      throw new ParameterException(spec.commandLine(), "--port must be 1-65535, got " + port);
    }
    if (alias != null && alias.isBlank()) {
      throw new ParameterException(spec.commandLine(), "--alias must not be empty");
    }
    if (insecure && !tls) {
      throw new ParameterException(spec.commandLine(), "--insecure goes with --tls");
    }
    if (retries != null && retries < 0) {
      throw new ParameterException(spec.commandLine(), "--retries must be 0 or more, got " + retries);
    }
  }

  /** The servers of {@code --host}; called after {@link #validate()}, which checks the default port. */
  private ServerAddresses servers() {
    try {
      return ServerAddresses.parse(host, port);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  /**
   * Interactive only when a person is at both ends. Java 17's System.console() is null unless stdin and
   * stdout are terminals; from Java 22 it exists regardless and isTerminal() answers instead.
   */
  private boolean onTerminal() {
    java.io.Console system = System.console();
    if (!terminalAllowed || noTty || system == null) {
      return false;
    }
    try {
      return (Boolean) java.io.Console.class.getMethod("isTerminal").invoke(system);
    } catch (ReflectiveOperationException e) {
      return true;
    }
  }

  private static Optional<String> askAlias(Console console) {
    console.prompt("alias? ");
    String line;
    while ((line = console.readLine()) != null) {
      if (!line.isBlank()) {
        return Optional.of(line.strip());
      }
    }
    return Optional.empty();
  }

  private int fail(String message) {
    err.println("relay client: " + message);
    return 1;
  }

  /** Scripted output is passed on byte for byte as it came off the wire, whatever the platform charset. */
  private static PrintStream utf8(FileDescriptor fd) {
    return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd)), true, StandardCharsets.UTF_8);
  }
}

package dev.relay.admin;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code relay admin COMMAND}: the operator's tools on the store the server uses, each doing one thing and exiting.
 * Exit code 0 when done, 1 when refused (the reason on stderr), 2 for wrong usage or a bad configuration.
 */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    version = "Relay 0.1.0",
    description = "Operator commands on the accounts in the store the server uses (the same configuration: "
        + "conf/relay.json, RELAY_* variables, --config, --store, --data-dir).",
    subcommands = {CreateCommand.class, RoleCommand.class, AccountsCommand.class},
    footer = {"", "The first admin: relay admin create alice --password-file pw.txt --role admin",
        "An embedded store is refused while a server runs on it; a PostgreSQL store is not (docs/CONFIG.md)."})
public final class AdminCommand {

  /** Where a command's result and its refusals go. */
  record Console(PrintWriter out, PrintWriter err) {
  }

  private final boolean ownsTheProcess;

  /** The jar's {@code admin} subcommand: the result alone on stdout, in UTF-8; log lines go to stderr. */
  public AdminCommand() {
    this(true);
  }

  /** @param ownsTheProcess false in tests, which capture picocli's writers and leave System.out alone */
  AdminCommand(boolean ownsTheProcess) {
    this.ownsTheProcess = ownsTheProcess;
  }

  /**
   * The console for one run of a subcommand. In the jar it takes the process's stdout for the result and points
   * System.out at stderr for everything else, because logback's console appender writes to whatever System.out is
   * at each line: stdout then carries nothing a script would have to filter out. Called once, after parsing.
   */
  Console console(CommandSpec leaf) {
    if (!ownsTheProcess) {
      return new Console(leaf.commandLine().getOut(), leaf.commandLine().getErr());
    }
    PrintWriter out = utf8(FileDescriptor.out);
    PrintWriter err = utf8(FileDescriptor.err);
    System.setOut(System.err);
    return new Console(out, err);
  }

  private static PrintWriter utf8(FileDescriptor fd) {
    return new PrintWriter(new OutputStreamWriter(new FileOutputStream(fd), StandardCharsets.UTF_8), true);
  }
}

package dev.relay;

import dev.relay.admin.AdminCommand;
import dev.relay.bench.BenchCommand;
import dev.relay.client.ClientCommand;
import dev.relay.server.ServerCommand;
import picocli.CommandLine;

/**
 * The jar's entry point: with no subcommand it runs the server, {@code client} runs the terminal client,
 * {@code bench} the load generator, {@code admin} the operator's commands on the accounts in the store.
 */
public final class Main {

  private Main() {
  }

  public static void main(String[] args) {
    int exit = commandLine().execute(args);
    if (exit != 0) {
      System.exit(exit);
    }
  }

  static CommandLine commandLine() {
    CommandLine cli = new CommandLine(new ServerCommand());
    cli.addSubcommand("client", new ClientCommand());
    cli.addSubcommand("bench", new BenchCommand());
    cli.addSubcommand("admin", new AdminCommand());
    return cli;
  }
}

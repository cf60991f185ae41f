package dev.relay.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code relay bench SCENARIO [options]}: the load generator that ships with Relay, to size a chat service
 * (docs/BENCH.md). It drives any server speaking Relay's line protocol, or IRC with {@code --dialect irc},
 * from a few event loops. Every run stops by itself. Exit codes: 0 all good, 1 a failed run (connections
 * refused, messages lost, duplicated or reordered, connections dropped), 2 wrong usage, 3 the hard time
 * limit was reached.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    version = "Relay 0.1.0",
    description = {"Load generator for Relay (and IRC) servers. Choose a scenario; each has --help."},
    subcommands = {FanoutScenario.class, RoomsScenario.class, IdleScenario.class, ClusterScenario.class},
    footer = {"", BenchCommand.SERVER_FLAGS, "",
        "Exit codes: 0 all good, 1 failed (refused, lost/duplicated/reordered messages, dropped connections), "
            + "2 wrong usage, 3 time limit reached.",
        "See docs/BENCH.md."})
public final class BenchCommand implements Callable<Integer> {

  static final int OK = 0;
  static final int FAILED = 1;
  /** Wrong usage exits 2, picocli's usage error code. */
  static final int TIME_LIMIT = 3;

  static final String SERVER_FLAGS = "Run the Relay server under test with its limits off: --flood-rate 0 "
      + "--max-connections 0 --max-connections-per-ip 0 (defaults: 10 lines/s per client, 20000 connections, 100 "
      + "per client address); an IRC server needs its flood and per-address limits raised likewise.";

  @Spec
  CommandSpec spec;

  public BenchCommand() {
  }

  @Override
  public Integer call() {
    throw new ParameterException(spec.commandLine(), "choose a scenario: fanout, rooms, idle or cluster");
  }
}

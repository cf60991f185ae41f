package dev.relay.bench;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bench cluster}: fanout over the instances of one cluster. */
@Command(
    name = "cluster",
    header = "Fanout over the instances of one cluster.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Like fanout, over the instances of one cluster: the senders all connect to the first of --targets, the "
            + "other members to each target in turn, so that most deliveries cross from one instance to another."},
    footer = {"", BenchCommand.SERVER_FLAGS, "",
        "Example: relay bench cluster --targets 127.0.0.1:5000,127.0.0.1:5010 --clients 1000"})
final class ClusterScenario extends LoadScenario {

  @Option(names = "--targets", paramLabel = "HOST:PORT", split = ",", required = true,
      description = "The instances' chat addresses; senders use the first.")
  List<String> targets;

  @Option(names = "--clients", paramLabel = "C", description = "Members of the room (default: ${DEFAULT-VALUE}).")
  int clients = 100;

  @Option(names = "--senders", paramLabel = "S", description = "Members that send (default: ${DEFAULT-VALUE}).")
  int senders = 1;

  @Option(names = "--room", paramLabel = "ROOM", description = "The room (default: ${DEFAULT-VALUE}).")
  String room = "bench";

  @Option(names = "--rate", paramLabel = "MSG/S",
      description = "Messages per second over all senders; 0 sends as fast as the window allows (default: ${DEFAULT-VALUE}).")
  double rate;

  @Override
  LoadPlan plan(FleetSettings fleet, LoadSettings load) {
    List<Target> servers = new ArrayList<>();
    for (String target : targets) {
      servers.add(Target.parse(target.strip()));
    }
    Usage.require(clients >= 2, "--clients must be at least 2 (a sender and a receiver), got " + clients);
    Usage.require(senders >= 1 && senders <= clients, "--senders must be 1-" + clients + ", got " + senders);
    Usage.require(rate >= 0, "--rate must be 0 or more, got " + rate);
    String name = Rooms.checked("--room", room);
    return new LoadPlan("cluster", servers, Layout.oneRoom(clients, senders, name, servers.size(), fleet.threads()),
        fleet, load, rate / senders);
  }
}

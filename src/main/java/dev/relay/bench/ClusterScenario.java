package dev.relay.bench;

import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

  @Mixin
  OneRoomOptions room;

  @Override
  LoadPlan plan(FleetSettings fleet, LoadSettings load) {
    List<Target> servers = new ArrayList<>();
    for (String target : targets) {
      servers.add(Target.parse(target.strip()));
    }
    return new LoadPlan("cluster", servers, room.layout(servers.size(), fleet.threads()), fleet, load,
        room.ratePerSender());
  }
}

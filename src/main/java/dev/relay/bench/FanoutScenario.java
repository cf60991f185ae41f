package dev.relay.bench;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench fanout}: one room, a few senders, everyone else receiving. */
@Command(
    name = "fanout",
    header = "One room: a few senders, everyone else receiving.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "One room of --clients members; the first --senders of them send as fast as their in-flight window "
            + "allows, or at a fixed total --rate. Reports deliveries/s (summed over receivers), latency and "
            + "lost, duplicated and reordered messages (all must be 0)."},
    footer = {"", BenchCommand.SERVER_FLAGS, "", "Example: relay bench fanout --clients 1000 --senders 4 --duration 30"})
final class FanoutScenario extends LoadScenario {

  @Mixin
  TargetOptions target;

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
    Usage.require(clients >= 2, "--clients must be at least 2 (a sender and a receiver), got " + clients);
    Usage.require(senders >= 1 && senders <= clients, "--senders must be 1-" + clients + ", got " + senders);
    Usage.require(rate >= 0, "--rate must be 0 or more, got " + rate);
    String name = Rooms.checked("--room", room);
    return new LoadPlan("fanout", List.of(target.target()), Layout.oneRoom(clients, senders, name, 1, fleet.threads()),
        fleet, load, rate / senders);
  }
}

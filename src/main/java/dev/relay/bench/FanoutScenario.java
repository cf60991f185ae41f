package dev.relay.bench;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

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

  @Mixin
  OneRoomOptions room;

  @Override
  LoadPlan plan(FleetSettings fleet, LoadSettings load) {
    return new LoadPlan("fanout", List.of(target.target()), room.layout(1, fleet.threads()), fleet, load,
        room.ratePerSender());
  }
}

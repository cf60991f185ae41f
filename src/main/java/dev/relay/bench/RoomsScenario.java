package dev.relay.bench;

import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench rooms}: many small rooms, everyone talking at a modest rate. */
@Command(
    name = "rooms",
    header = "Many small rooms, every member sending at a modest rate.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "--rooms rooms (ROOM-0, ROOM-1, ...) of --members members each; every member sends --rate messages per "
            + "second to its room. Same figures as fanout."},
    footer = {"", BenchCommand.SERVER_FLAGS, "", "Example: relay bench rooms --rooms 500 --members 10 --rate 2"})
final class RoomsScenario extends LoadScenario {

  @Mixin
  TargetOptions target;

  @Option(names = "--rooms", paramLabel = "N", description = "Rooms (default: ${DEFAULT-VALUE}).")
  int rooms = 200;

  @Option(names = "--members", paramLabel = "M", description = "Members of each room (default: ${DEFAULT-VALUE}).")
  int members = 10;

  @Option(names = "--room", paramLabel = "PREFIX", description = "Room names are PREFIX-0, PREFIX-1, ... (default: ${DEFAULT-VALUE}).")
  String room = "bench";

  @Option(names = "--rate", paramLabel = "MSG/S",
      description = "Messages per second of each member; 0 sends as fast as the window allows (default: ${DEFAULT-VALUE}).")
  double rate = 1;

  @Override
  LoadPlan plan(FleetSettings fleet, LoadSettings load) {
    Usage.require(rooms >= 1, "--rooms must be at least 1, got " + rooms);
    Usage.require(members >= 2, "--members must be at least 2, got " + members);
    Usage.require(rate >= 0, "--rate must be 0 or more, got " + rate);
    Usage.require((long) rooms * members <= 10_000_000, "--rooms times --members must be at most 10000000");
    String prefix = Rooms.checked("--room", room);
    return new LoadPlan("rooms", List.of(target.target()), Layout.rooms(rooms, members, prefix, fleet.threads()),
        fleet, load, rate);
  }
}

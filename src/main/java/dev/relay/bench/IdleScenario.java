package dev.relay.bench;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code bench idle}: many connections that finish the handshake and stay; what they cost the server. */
@Command(
    name = "idle",
    header = "Many connections that stay idle; the server's memory per connection.",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Opens --clients connections that finish the handshake, join a room and stay for --hold seconds. With "
            + "--pid of a local server, reports its resident memory (VmRSS) before and after, and per connection; "
            + "with --live-heap too, its live heap. "
            + "Past about 28000 connections one source address runs out of ephemeral ports: add "
            + "--source-addresses 127.0.0.2,127.0.0.3,..."},
    footer = {"", BenchCommand.SERVER_FLAGS, "",
        "Example: relay bench idle --clients 50000 --pid $(pgrep -f relay.jar) --source-addresses 127.0.0.2,127.0.0.3"})
final class IdleScenario implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Mixin
  TargetOptions target;

  @Mixin
  FleetOptions fleetOptions;

  @Option(names = "--clients", paramLabel = "C", description = "Connections (default: ${DEFAULT-VALUE}).")
  int clients = 1000;

  @Option(names = "--hold", paramLabel = "SECONDS",
      description = "How long to keep them open once all are (default: ${DEFAULT-VALUE}).")
  double hold = 10;

  @Option(names = "--pid", paramLabel = "PID", description = "A local server process whose memory to report.")
  Long pid;

  @Option(names = "--live-heap",
      description = "With --pid of a JVM server such as Relay: also report its live heap before and after, and per "
          + "connection (jcmd PID GC.class_histogram from this JDK, which runs a full GC in the server; resident "
          + "memory is read first).")
  boolean liveHeap;

  @Option(names = "--rss-baseline", paramLabel = "KIB",
      description = "With --pid: count the server's growth from this VmRSS (KiB) instead of its VmRSS when this run "
          + "starts, e.g. read from a fresh server before an earlier bench process connected.")
  Long rssBaseline;

  @Option(names = "--baseline-connections", paramLabel = "N",
      description = "With --rss-baseline: connections other processes opened since the baseline and still hold; "
          + "the growth per connection counts them with this run's (default: ${DEFAULT-VALUE}).")
  int baselineConnections;

  @Option(names = "--room-size", paramLabel = "N",
      description = "Connections per room (ROOM-0, ROOM-1, ...). Each arrival is announced to its room, so one "
          + "huge room costs quadratic traffic; 0 stays where the handshake puts them (Relay's lobby) "
          + "(default: ${DEFAULT-VALUE}).")
  int roomSize = 50;

  @Option(names = "--room", paramLabel = "PREFIX", description = "Room names are PREFIX-0, PREFIX-1, ... (default: ${DEFAULT-VALUE}).")
  String room = "idle";

  @Override
  public Integer call() {
    IdlePlan plan;
    try {
      plan = plan();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    IdleFigures figures = new IdleRun(plan, spec.commandLine().getErr()).execute();
    Report.print(spec.commandLine().getOut(), fleetOptions.json, IdleReport.summary(figures), IdleReport.json(figures));
    return figures.exitCode();
  }

  private IdlePlan plan() {
    Usage.require(clients >= 1, "--clients must be at least 1, got " + clients);
    Usage.require(hold >= 0, "--hold must be 0 or more, got " + hold);
    Usage.require(roomSize >= 0, "--room-size must be 0 or more, got " + roomSize);
    Usage.require(pid == null || ResidentMemory.kibibytes(pid).isPresent(),
        "--pid " + pid + ": cannot read VmRSS from /proc/" + pid + "/status");
    Usage.require(!liveHeap || pid != null, "--live-heap needs --pid");
    Usage.require(rssBaseline == null || pid != null, "--rss-baseline needs --pid");
    Usage.require(rssBaseline == null || rssBaseline > 0, "--rss-baseline must be positive, got " + rssBaseline);
    Usage.require(baselineConnections >= 0, "--baseline-connections must be 0 or more, got " + baselineConnections);
    Usage.require(baselineConnections == 0 || rssBaseline != null, "--baseline-connections needs --rss-baseline");
    String prefix = Rooms.checked("--room", room);
    FleetSettings fleet = fleetOptions.settings(hold);
    IdlePlan.RssBaseline baseline = rssBaseline == null ? IdlePlan.RssBaseline.OWN_START
        : new IdlePlan.RssBaseline(rssBaseline, baselineConnections);
    return new IdlePlan(target.target(), fleet, clients, hold, pid, roomSize, prefix, liveHeap, baseline);
  }
}

package dev.relay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The command line itself: help everywhere, wrong usage exits 2 with a clear message. No server needed. */
class BenchUsageTest {

  @Test
  void helpListsTheScenariosAndTheServerFlags() {
    BenchRun run = BenchRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("fanout", "rooms", "idle", "cluster", "--flood-rate 0", "--max-connections-per-ip 0");
  }

  @Test
  void everyScenarioHasHelp() {
    for (String scenario : new String[] {"fanout", "rooms", "idle", "cluster"}) {
      BenchRun run = BenchRun.of(scenario, "--help");

      assertThat(run.exitCode()).as(scenario).isZero();
      assertThat(run.out()).as(scenario).contains("--dialect", "--json", "--timeout", "--threads");
    }
  }

  @Test
  void noScenarioIsWrongUsage() {
    BenchRun run = BenchRun.of();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("choose a scenario: fanout, rooms, idle or cluster");
  }

  @Test
  void wrongValuesExitTwoNamingTheOption() {
    assertUsage("--senders must be 1-10, got 11", "fanout", "--clients", "10", "--senders", "11");
    assertUsage("--clients must be at least 2", "fanout", "--clients", "1");
    assertUsage("--dialect must be relay or irc, got 'xmpp'", "fanout", "--dialect", "xmpp");
    assertUsage("--size must be 1-400 for the irc dialect, got 500", "fanout", "--dialect", "irc", "--size", "500");
    assertUsage("--members must be at least 2", "rooms", "--members", "1");
    assertUsage("--room must be 1-24 letters", "rooms", "--room", "no spaces");
    assertUsage("expected HOST:PORT, got 'nowhere'", "cluster", "--targets", "nowhere");
    assertUsage("Missing required option: '--targets=HOST:PORT'", "cluster");
    assertUsage("Unknown option: '--bogus'", "idle", "--bogus");
    assertUsage("--pid 0: cannot read VmRSS", "idle", "--pid", "0");
    assertUsage("--ack must be all or sender, got 'some'", "fanout", "--ack", "some");
    assertUsage("--pid 0: cannot read CPU time from /proc/0/stat", "rooms", "--pid", "0");
    assertUsage("--rss-baseline needs --pid", "idle", "--rss-baseline", "1000");
    assertUsage("--baseline-connections needs --rss-baseline", "idle", "--baseline-connections", "10");
    assertUsage("--pid 0: cannot read CPU time", "fanout", "--pid", ProcessHandle.current().pid() + ",0");
  }

  private static void assertUsage(String message, String... args) {
    BenchRun run = BenchRun.of(args);
    assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
    assertThat(run.err()).as(String.join(" ", args)).contains(message);
  }
}

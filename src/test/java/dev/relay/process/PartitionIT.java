package dev.relay.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.relay.store.StoreConfig;
import dev.relay.store.TestDatabases;
import dev.relay.testing.LineClient;
import dev.relay.testing.RelayProcess;
import dev.relay.testing.TestHosts;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * docs/CLUSTER.md "Network partitions", for real: three processes of the fat jar on three test hosts
 * (network namespaces), one of which loses its cluster network while its users stay connected, then gets it
 * back. Hazelcast notices the silence after its heartbeat timeout and merges the sides when they meet again.
 * The instances share a database in the test run's PostgreSQL, which runs outside the hosts and which they reach
 * over their chat network, so the cut leaves every instance its store.
 */
class PartitionIT {

  @RegisterExtension
  static final TestDatabases DATABASES = new TestDatabases();

  private static final int CHAT_PORT = 5000;
  private static final int HAZELCAST_PORT = 5701;
  private static final Duration NOTICED = Duration.ofSeconds(30);
  private static final Duration MERGED = Duration.ofSeconds(90);

  @Test
  void cutOffInstanceChatsOnAloneAndAfterTheMergeNoAliasIsHeldTwice() {
    assumeTrue(TestHosts.available(), "making network namespaces needs root and iproute2");
    List<RelayProcess> relays = new ArrayList<>();
    try (TestHosts hosts = TestHosts.create(3)) {
      try {
        startCluster(hosts, relays);
        try (LineClient ann = LineClient.login(hosts.chatAddress(0), CHAT_PORT, "ann");
            LineClient bob = LineClient.login(hosts.chatAddress(1), CHAT_PORT, "bob");
            LineClient dana = LineClient.login(hosts.chatAddress(2), CHAT_PORT, "dana")) {
          ann.skipUntil("* dana has joined lobby");
          bob.skipUntil("* dana has joined lobby");

          long cutAt = System.nanoTime();
          hosts.cutCluster(2);
          ann.awaitLine("* dana has left lobby (server lost)", NOTICED);
          System.out.println("the larger side announced the cut-off member after " + millisSince(cutAt) + " ms");
          bob.awaitLine("* dana has left lobby (server lost)", NOTICED);
          dana.awaitLine("* ann has left lobby (server lost)", NOTICED);
          dana.awaitLine("* bob has left lobby (server lost)", NOTICED);

          ann.send("on the larger side");
          bob.skipUntil("ann: on the larger side");
          dana.send("on the smaller side");
          assertThat(ann.linesUntilSync()).noneMatch(l -> l.contains("on the smaller side"));
          assertThat(dana.linesUntilSync()).noneMatch(l -> l.contains("on the larger side"));

          try (LineClient otherDana = LineClient.login(hosts.chatAddress(0), CHAT_PORT, "dana")) {
            bob.skipUntil("* dana has joined lobby");
            long mendedAt = System.nanoTime();
            hosts.mendCluster(2);
            dana.awaitLine("! alias dana was taken on the other side of a network split; reconnect with another",
                MERGED);
            System.out.println("the cut-off member lost its alias " + millisSince(mendedAt) + " ms after the mend");
            assertThat(dana.readUntilClosed()).isEmpty();

            try (LineClient eve = LineClient.login(hosts.chatAddress(2), CHAT_PORT, "eve")) {
              eve.send("/who");
              List<String> who = whoList(eve);
              assertThat(who).filteredOn(a -> a.equalsIgnoreCase("dana")).hasSize(1);
              assertThat(who).contains("ann", "bob", "eve");
              otherDana.send("still here");
              eve.skipUntil("dana: still here");
            }
            try (LineClient late = LineClient.connect(hosts.chatAddress(2), CHAT_PORT)) {
              late.expect("alias?").send("dana");
              late.expect("! alias taken: dana");
            }
          }
        }
      } finally {
        // Gone before their namespaces are: a namespace lives on while a process is in it.
        relays.forEach(RelayProcess::close);
      }
    }
  }

  private static void startCluster(TestHosts hosts, List<RelayProcess> relays) {
    String name = "relay-partition-" + UUID.randomUUID();
    Map<String, String> postgres = RelayProcess.postgres(fromTestHosts(DATABASES.freshPostgres(2)));
    List<String> members = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      members.add(hosts.clusterAddress(i) + ":" + HAZELCAST_PORT);
    }
    // The first alone, then the others: members that all start at once may form clusters of their own first.
    for (int i = 0; i < 3; i++) {
      relays.add(RelayProcess.startIn(hosts.namespace(i), postgres, "--host", hosts.chatAddress(i),
          "--port", "" + CHAT_PORT, "--store", "postgres", "--cluster", "--cluster-name", name,
          "--cluster-host", hosts.clusterAddress(i), "--cluster-port", "" + HAZELCAST_PORT,
          "--cluster-members", String.join(",", members)));
      if (i == 0) {
        relays.get(0).awaitListening();
      }
    }
    relays.subList(1, relays.size()).forEach(RelayProcess::awaitListening);
  }

  /** The same database as the hosts see it: at this machine's address on their chat network. */
  private static StoreConfig fromTestHosts(StoreConfig postgres) {
    return StoreConfig.postgres(TestHosts.HOST_ADDRESS, postgres.port(), postgres.database(), postgres.user(),
        postgres.passwordFile(), postgres.poolSize());
  }

  private static long millisSince(long start) {
    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
  }

  /**
   * The aliases in a {@code /who} answer: a count line, then lines of comma-separated aliases. What comes before it
   * (the lobby's last lines, given on entering) is skipped.
   */
  private static List<String> whoList(LineClient client) {
    String header = client.readLine();
    while (!header.matches("^\\* \\d+ members? in .*$")) {
      header = client.readLine();
    }
    int count = Integer.parseInt(header.replaceAll("^\\* (\\d+) members? in .*$", "$1"));
    List<String> aliases = new ArrayList<>();
    while (aliases.size() < count) {
      aliases.addAll(List.of(client.readLine().replaceFirst("^\\*\\s+", "").split(", ")));
    }
    return aliases;
  }
}

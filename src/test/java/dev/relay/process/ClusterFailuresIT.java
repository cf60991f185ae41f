package dev.relay.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.store.TestDatabases;
import dev.relay.testing.LineClient;
import dev.relay.testing.ProcessCluster;
import dev.relay.testing.RelayProcess;
import dev.relay.testing.StreamingSender;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * docs/CLUSTER.md "Instances leaving" under load: three processes of the fat jar, one room with members on
 * all three and steady streams of lines into it, and one instance killed or stopped part-way.
 */
class ClusterFailuresIT {

  @RegisterExtension
  static final TestDatabases DATABASES = new TestDatabases();

  private static final String ROOM = "load";
  private static final int LINES = 300;
  private static final long PACE_MILLIS = 4;

  @Test
  void killedInstanceCostsTheSurvivorsNoLineAndItsMembersLeaveOnce() throws Exception {
    try (ProcessCluster cluster = ProcessCluster.start(3, DATABASES.freshPostgres(2));
        LineClient r0 = cluster.memberOf(0, "r0", ROOM);
        LineClient r1 = cluster.memberOf(1, "r1", ROOM);
        LineClient doomed = cluster.memberOf(2, "doomed", ROOM);
        StreamingSender s0 = sender(cluster, 0, "s0");
        StreamingSender s1 = sender(cluster, 1, "s1")) {
      s0.start();
      s1.start();
      s0.awaitPartWay();
      s1.awaitPartWay();
      long killedAt = System.nanoTime();
      cluster.process(2).kill();
      assertThat(s0.awaitDone()).isEqualTo(LINES);
      assertThat(s1.awaitDone()).isEqualTo(LINES);

      for (LineClient member : List.of(r0, r1, s0.client(), s1.client())) {
        List<String> seen = readUntilAll(member, s0.seenAs(LINES - 1), s1.seenAs(LINES - 1),
            "* doomed has left load (server lost)");
        assertThat(s0.numbersIn(seen)).as("s0's stream").containsExactlyElementsOf(upTo(LINES));
        assertThat(s1.numbersIn(seen)).as("s1's stream").containsExactlyElementsOf(upTo(LINES));
        seen.addAll(member.linesUntilSync());
        assertThat(seen).as("departure notices").filteredOn(l -> l.startsWith("* doomed has left"))
            .containsExactly("* doomed has left load (server lost)");
      }
      System.out.println("survivors announced the killed instance's member after "
          + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killedAt) + " ms");

      try (LineClient again = LineClient.login(cluster.chatPort(1), "doomed")) {
        assertThat(System.nanoTime() - killedAt).as("alias free again").isLessThan(TimeUnit.SECONDS.toNanos(15));
        again.send("/join " + ROOM).skipUntil("* You are now in room " + ROOM);
        again.send("back");
        r0.skipUntil("doomed: back");
      }
    }
  }

  @Test
  void stoppedInstanceHandsOverItsStreamWithoutGapsAndTheClientMovesToASurvivor() throws Exception {
    try (ProcessCluster cluster = ProcessCluster.start(3, DATABASES.freshPostgres(2));
        LineClient r0 = cluster.memberOf(0, "r0", ROOM);
        LineClient r1 = cluster.memberOf(1, "r1", ROOM);
        LineClient r2 = cluster.memberOf(2, "r2", ROOM);
        StreamingSender s0 = sender(cluster, 0, "s0");
        StreamingSender s1 = sender(cluster, 1, "s1");
        StreamingSender s2 = sender(cluster, 2, "s2");
        RelayProcess roamer = RelayProcess.start("client", "--no-tty", "--alias", "roamer", "--retries", "10",
            "--host", address(cluster, 2) + "," + address(cluster, 0) + "," + address(cluster, 1))) {
      roamer.awaitLine(l -> l.startsWith("* You are now connected as roamer"));
      roamer.type("/join " + ROOM);
      roamer.awaitLine(l -> l.equals("* You are now in room " + ROOM));
      List<LineClient> survivors = List.of(r0, r1, s0.client(), s1.client());
      s0.start();
      s1.start();
      s2.start();
      s0.awaitPartWay();
      s1.awaitPartWay();
      s2.awaitPartWay();
      cluster.process(2).terminate();
      assertThat(s0.awaitDone()).isEqualTo(LINES);
      assertThat(s1.awaitDone()).isEqualTo(LINES);
      s2.awaitDone();
      assertThat(cluster.process(2).awaitExit()).as("exit code after SIGTERM").isZero();

      for (LineClient member : List.of(r2, s2.client())) {
        List<String> seen = member.readUntilClosed();
        assertThat(seen).as("what the stopped instance's member got last")
            .last().isEqualTo("* server shutting down, please reconnect");
        for (StreamingSender sender : List.of(s0, s1, s2)) {
          assertThat(sender.numbersIn(seen)).as("%s seen on the stopped instance", sender.seenAs(0))
              .containsExactlyElementsOf(upTo(sender.numbersIn(seen).size()));
        }
      }
      for (LineClient member : survivors) {
        List<String> seen = readUntilAll(member, s0.seenAs(LINES - 1), s1.seenAs(LINES - 1),
            "* s2 has left load (server shutting down)");
        assertThat(s0.numbersIn(seen)).as("s0's stream").containsExactlyElementsOf(upTo(LINES));
        assertThat(s1.numbersIn(seen)).as("s1's stream").containsExactlyElementsOf(upTo(LINES));
        List<Integer> fromStopped = s2.numbersIn(seen);
        assertThat(fromStopped).as("s2's stream, up to its instance's shutdown").isNotEmpty()
            .containsExactlyElementsOf(upTo(fromStopped.size()));
      }

      roamer.awaitLine(l -> l.equals("* server shutting down, please reconnect"));
      roamer.awaitLine(l -> l.equals("* You are now in room " + ROOM));
      roamer.type("back on a survivor");
      r0.skipUntil("roamer: back on a survivor");
      r1.skipUntil("roamer: back on a survivor");
    }
  }

  private static StreamingSender sender(ProcessCluster cluster, int instance, String alias) {
    return new StreamingSender(cluster.memberOf(instance, alias, ROOM), alias, LINES, PACE_MILLIS,
        TimeUnit.MILLISECONDS);
  }

  private static String address(ProcessCluster cluster, int instance) {
    return "127.0.0.1:" + cluster.chatPort(instance);
  }

  /** Reads until every one of {@code lines} has arrived; returns everything read. */
  private static List<String> readUntilAll(LineClient member, String... lines) {
    Set<String> missing = new HashSet<>(List.of(lines));
    List<String> seen = new ArrayList<>();
    while (!missing.isEmpty()) {
      String line = member.readLine();
      seen.add(line);
      missing.remove(line);
    }
    return seen;
  }

  private static List<Integer> upTo(int count) {
    return IntStream.range(0, count).boxed().toList();
  }
}

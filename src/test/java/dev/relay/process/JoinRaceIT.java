package dev.relay.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.store.TestDatabases;
import dev.relay.testing.LineClient;
import dev.relay.testing.ProcessCluster;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * docs/CLUSTER.md "The guarantee": a member who has been told it is in a room gets every line sent to the
 * room after that, even when the sender's instance has not yet heard that it joined. Each round, a member on
 * one instance joins a fresh room and, the moment it is confirmed, a member already there on another instance
 * speaks; over every ordered pair of three processes.
 */
class JoinRaceIT {

  private static final int ROUNDS_PER_PAIR = 40;

  @RegisterExtension
  static final TestDatabases DATABASES = new TestDatabases();

  private static ProcessCluster cluster;

  @BeforeAll
  static void start() {
    cluster = ProcessCluster.start(3, DATABASES.freshPostgres(2));
  }

  @AfterAll
  static void stop() {
    cluster.close();
  }

  @Test
  void aLineSentTheMomentAMemberElsewhereIsConfirmedReachesIt() {
    int n = cluster.size();
    List<LineClient> senders = new ArrayList<>();
    List<LineClient> joiners = new ArrayList<>();
    try {
      for (int i = 0; i < n; i++) {
        senders.add(LineClient.login(cluster.chatPort(i), "speaker" + i));
        joiners.add(LineClient.login(cluster.chatPort(i), "joiner" + i));
      }
      int rounds = 0;
      for (int from = 0; from < n; from++) {
        for (int to = 0; to < n; to++) {
          if (from == to) {
            continue;
          }
          for (int round = 0; round < ROUNDS_PER_PAIR; round++) {
            String room = "race-" + from + "-" + to + "-" + round;
            LineClient sender = senders.get(from);
            LineClient joiner = joiners.get(to);
            sender.send("/join " + room).skipUntil("* You are now in room " + room);
            joiner.send("/join " + room).skipUntil("* You are now in room " + room);
            sender.send("first words in " + room);
            // Only the two of them are in the room. The speaker's join notice may still be on its way (the
            // joiner's instance announces it when it arrives, in order with the speaker's lines); after it, the
            // next line is the speaker's, or it was lost.
            String line = joiner.readLine();
            if (line.equals("* speaker" + from + " has joined " + room)) {
              line = joiner.readLine();
            }
            assertThat(line).as("joiner on instance %d, speaker on instance %d", to, from)
                .isEqualTo("speaker" + from + ": first words in " + room);
            rounds++;
          }
        }
      }
      assertThat(rounds).isEqualTo(n * (n - 1) * ROUNDS_PER_PAIR);
    } finally {
      senders.forEach(LineClient::close);
      joiners.forEach(LineClient::close);
    }
  }
}

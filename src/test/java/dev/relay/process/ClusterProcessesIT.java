package dev.relay.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.testing.LineClient;
import dev.relay.testing.RelayProcess;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Three processes of the fat jar form one chat; one is killed with SIGKILL mid-conversation. */
class ClusterProcessesIT {

  @Test
  void survivorsAnnounceTheKilledInstancesUsersFreeTheirAliasesAndChatOn() throws Exception {
    String name = "relay-it-" + UUID.randomUUID();
    int[] hazelcast = {freePort(), freePort(), freePort()};
    String members = "127.0.0.1:" + hazelcast[0] + ",127.0.0.1:" + hazelcast[1] + ",127.0.0.1:" + hazelcast[2];
    List<RelayProcess> relays = new ArrayList<>();
    try {
      for (int port : hazelcast) {
        relays.add(RelayProcess.start("--host", "127.0.0.1", "--port", "0", "--cluster", "--cluster-name", name,
            "--cluster-host", "127.0.0.1", "--cluster-port", "" + port, "--cluster-bus-port", "0",
            "--cluster-members", members));
      }
      int[] chat = new int[3];
      for (int i = 0; i < 3; i++) {
        chat[i] = relays.get(i).awaitListening();
      }
      try (LineClient ann = LineClient.login(chat[0], "ann");
          LineClient bea = LineClient.login(chat[1], "bea");
          LineClient cid = LineClient.login(chat[2], "cid")) {
        ann.skipUntil("* cid has joined lobby");
        bea.skipUntil("* cid has joined lobby");
        bea.send("before the crash");
        ann.expect("bea: before the crash");
        cid.expect("bea: before the crash");

        long killedAt = System.nanoTime();
        relays.get(1).kill();
        ann.expect("* bea has left lobby (server lost)");
        cid.expect("* bea has left lobby (server lost)");
        long noticedMillis = (System.nanoTime() - killedAt) / 1_000_000;
        System.out.println("survivors announced the killed instance's user after " + noticedMillis + " ms");

        try (LineClient again = LineClient.login(chat[2], "bea")) {
          ann.expect("* bea has joined lobby");
          ann.send("after the crash");
          cid.skipUntil("ann: after the crash");
          again.skipUntil("ann: after the crash");
        }
      }
    } finally {
      relays.forEach(RelayProcess::close);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}

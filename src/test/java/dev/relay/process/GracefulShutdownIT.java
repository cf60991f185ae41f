package dev.relay.process;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.testing.Http;
import dev.relay.testing.LineClient;
import dev.relay.testing.RelayProcess;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** SIGTERM on a process of the fat jar with clients connected. */
class GracefulShutdownIT {

  @Test
  void clientsGetEverythingQueuedThenTheNoticeAndTheProcessExitsZero() {
    try (RelayProcess relay = RelayProcess.start("--host", "127.0.0.1", "--port", "0", "--flood-rate", "0")) {
      int port = relay.awaitListening();
      assertThat(Http.get(relay.httpPort(), "/health/ready").statusCode()).isEqualTo(200);
      try (LineClient talker = LineClient.login(port, "talker");
          LineClient reader = LineClient.connect(port, 4096)) {
        reader.expect("alias?").send("reader");
        reader.expectStartsWith("* You are now connected as reader");
        talker.skipUntil("* reader has joined lobby");
        String payload = "q".repeat(2000);
        List<String> expected = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
          talker.send(i + " " + payload);
          expected.add("talker: " + i + " " + payload);
          assertThat(talker.readLine()).isEqualTo(expected.get(i));
        }
        // The reader has read nothing yet: most of those 600 kB wait in the server and the kernel.
        relay.terminate();
        List<String> got = reader.readUntilClosed();
        assertThat(got).hasSize(301);
        assertThat(got.subList(0, 300)).containsExactlyElementsOf(expected);
        assertThat(got.get(300)).isEqualTo("* server shutting down, please reconnect");
        assertThat(talker.readUntilClosed()).containsExactly("* server shutting down, please reconnect");
      }
      assertThat(relay.awaitExit()).isZero();
      assertThat(relay.printed()).contains("Relay stopped");
    }
  }
}

package dev.relay.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ports for servers a test names before they start (Hazelcast's member ports): taken below the kernel's
 * ephemeral range (32768 and up on Linux), where no outgoing connection's source port can take one between the
 * check and the bind, as one of a test's own connections did once with a port from that range.
 */
public final class Ports {

  private static final int LOWEST = 20_000;
  private static final int HIGHEST = 32_000;

  private Ports() {
  }

  /** A port nothing listens on now, outside the ephemeral range. */
  public static int unused() {
    for (int attempt = 0; attempt < 200; attempt++) {
      int port = ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST);
      try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        return port;
      } catch (IOException taken) {
        // try another
      }
    }
    throw new AssertionError("no unused port between " + LOWEST + " and " + HIGHEST);
  }
}

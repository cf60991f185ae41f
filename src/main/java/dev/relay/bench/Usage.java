package dev.relay.bench;

/**
 * Checks on the command line. A failed check is an IllegalArgumentException, which the scenario turns into
 * picocli's usage error: the message, the usage, exit code 2.
 */
final class Usage {

  private Usage() {
  }

  static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}

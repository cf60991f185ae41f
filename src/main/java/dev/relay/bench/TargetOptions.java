package dev.relay.bench;

import picocli.CommandLine.Option;

/** {@code --host} and {@code --port}: the one server of the fanout, rooms and idle scenarios. */
final class TargetOptions {

  @Option(names = "--host", paramLabel = "HOST", description = "Server host (default: ${DEFAULT-VALUE}).")
  String host = "127.0.0.1";

  @Option(names = "--port", paramLabel = "PORT", description = "Server port (default: ${DEFAULT-VALUE}).")
  int port = 5000;

  Target target() {
    return Target.checked(host, port);
  }
}

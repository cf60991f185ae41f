package dev.relay.server;

import io.vertx.core.Vertx;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code java -jar relay.jar [options]}: runs the chat server until the JVM is asked to stop. */
@Command(
    name = "relay",
    mixinStandardHelpOptions = true,
    version = "Relay 0.1.0",
    sortOptions = false,
    description = "Runs the Relay chat server. Connect with nc, telnet or 'relay client'.",
    footer = {"", "Subcommands: client (run 'relay client --help')."})
public final class ServerCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServerCommand.class);

  @Option(names = "--host", paramLabel = "HOST", description = "Interface to listen on (default: all, ${DEFAULT-VALUE}).")
  String host = ServerConfig.DEFAULT_HOST;

  @Option(names = "--port", paramLabel = "PORT", description = "Chat port (default: ${DEFAULT-VALUE}).")
  int port = ServerConfig.DEFAULT_PORT;

  @Option(names = "--instances", paramLabel = "N", description = "Listener event loops (default: cores, ${DEFAULT-VALUE}).")
  int instances = Runtime.getRuntime().availableProcessors();

  @Option(names = "--max-line-bytes", paramLabel = "BYTES",
      description = "Longest input line; longer ones are discarded with an error (default: ${DEFAULT-VALUE}).")
  int maxLineBytes = ServerConfig.DEFAULT_MAX_LINE_BYTES;

  @Option(names = "--max-output-bytes", paramLabel = "BYTES",
      description = "Output a client may leave unread before it is disconnected (default: ${DEFAULT-VALUE}).")
  int maxOutputBytes = ServerConfig.DEFAULT_MAX_OUTPUT_BYTES;

  @Option(names = "--flood-rate", paramLabel = "LINES",
      description = "Input lines per second per client before reading slows; 0 turns it off (default: ${DEFAULT-VALUE}).")
  double floodRate = ServerConfig.DEFAULT_FLOOD_LINES_PER_SECOND;

  @Option(names = "--flood-burst", paramLabel = "LINES",
      description = "Lines a client may send at once before the flood rate applies (default: ${DEFAULT-VALUE}).")
  int floodBurst = ServerConfig.DEFAULT_FLOOD_BURST;

  @Override
  public Integer call() {
    ServerConfig config;
    try {
      config = new ServerConfig(host, port, instances, maxLineBytes, maxOutputBytes, floodRate, floodBurst);
    } catch (IllegalArgumentException e) {
      System.err.println("relay: " + e.getMessage());
      return 2;
    }
    Vertx vertx = Vertx.vertx();
    RelayServer server;
    try {
      server = RelayServer.start(vertx, config).await(1, TimeUnit.MINUTES);
    } catch (Exception e) {
      System.err.println("relay: cannot start: " + e.getMessage());
      vertx.close();
      return 1;
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(vertx), "relay-shutdown"));
    LOG.info("Relay listening on {}:{}", config.host(), server.port());
    return 0;
  }

  private static void stop(Vertx vertx) {
    LOG.info("Relay stopping");
    try {
      vertx.close().await(30, TimeUnit.SECONDS);
    } catch (Exception e) {
      LOG.warn("Shutdown did not finish cleanly", e);
    }
  }
}

package dev.relay.server;

import dev.relay.cluster.ClusterNode;
import dev.relay.cluster.ClusterSettings;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.List;
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

  @Option(names = "--cluster", description = "Join the other instances named by the --cluster-* options as one chat.")
  boolean cluster;

  @Option(names = "--cluster-name", paramLabel = "NAME",
      description = "Cluster name; instances with another name stay apart (default: ${DEFAULT-VALUE}).")
  String clusterName = ClusterSettings.DEFAULT_NAME;

  @Option(names = "--cluster-host", paramLabel = "HOST",
      description = "Address this instance binds and advertises to the others (default: chosen by Hazelcast).")
  String clusterHost;

  @Option(names = "--cluster-port", paramLabel = "PORT",
      description = "Hazelcast member port (default: ${DEFAULT-VALUE}).")
  int clusterPort = ClusterSettings.DEFAULT_PORT;

  @Option(names = "--cluster-bus-port", paramLabel = "PORT",
      description = "Clustered event-bus port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int clusterBusPort = ClusterSettings.DEFAULT_BUS_PORT;

  @Option(names = "--cluster-members", paramLabel = "HOST:PORT[,...]", split = ",",
      description = "Static discovery: the members to contact, e.g. 127.0.0.1:5701,127.0.0.1:5711.")
  List<String> clusterMembers = List.of();

  @Option(names = "--cluster-dns", paramLabel = "NAME",
      description = "Kubernetes discovery: the headless Service's DNS name (e.g. relay-cluster.chat.svc.cluster.local).")
  String clusterDns;

  @Override
  public Integer call() {
    ServerConfig config;
    ClusterSettings clusterSettings;
    try {
      config = new ServerConfig(host, port, instances, maxLineBytes, maxOutputBytes, floodRate, floodBurst);
      clusterSettings = cluster
          ? new ClusterSettings(clusterName, clusterHost, clusterPort, clusterBusPort, clusterMembers, clusterDns)
          : null;
    } catch (IllegalArgumentException e) {
      System.err.println("relay: " + e.getMessage());
      return 2;
    }
    Vertx vertx = null;
    try {
      RelayServer server;
      if (clusterSettings == null) {
        vertx = Vertx.vertx();
        server = RelayServer.start(vertx, config).await(1, TimeUnit.MINUTES);
      } else {
        ClusterNode node = ClusterNode.join(clusterSettings, new VertxOptions()).await(2, TimeUnit.MINUTES);
        vertx = node.vertx();
        server = RelayServer.start(node, config).await(1, TimeUnit.MINUTES);
        LOG.info("Joined cluster '{}' as node {}", clusterSettings.name(), node.nodeId());
      }
      Vertx running = vertx;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, running), "relay-shutdown"));
      LOG.info("Relay listening on {}:{}", config.host(), server.port());
      return 0;
    } catch (Exception e) {
      System.err.println("relay: cannot start: " + e.getMessage());
      if (vertx != null) {
        vertx.close();
      }
      return 1;
    }
  }

  private static void stop(RelayServer server, Vertx vertx) {
    LOG.info("Relay stopping");
    try {
      server.close().await(30, TimeUnit.SECONDS);
      vertx.close().await(30, TimeUnit.SECONDS);
      LOG.info("Relay stopped");
    } catch (Exception e) {
      LOG.warn("Shutdown did not finish cleanly", e);
    }
  }
}

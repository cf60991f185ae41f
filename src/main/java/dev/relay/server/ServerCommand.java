package dev.relay.server;

import dev.relay.cluster.ClusterNode;
import dev.relay.config.ConfigException;
import dev.relay.config.ConfigLoader;
import dev.relay.config.RelayConfig;
import dev.relay.config.Setting;
import dev.relay.config.Settings;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar relay.jar [options]}: runs the chat server until the JVM is asked to stop. Every flag
 * overrides one configuration key (docs/CONFIG.md); a flag not given leaves the key to the lower layers.
 */
@Command(
    name = "relay",
    mixinStandardHelpOptions = true,
    version = "Relay 0.1.0",
    sortOptions = false,
    description = "Runs the Relay chat server. Connect with nc, telnet or 'relay client'.",
    footer = {"", "Defaults come from conf/relay.json, then RELAY_* environment variables (docs/CONFIG.md).",
        "Subcommands: client (run 'relay client --help')."})
public final class ServerCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServerCommand.class);

  @Option(names = "--config", paramLabel = "FILE", description = "Configuration file (default: conf/relay.json if present).")
  String configFile;

  @Option(names = "--host", paramLabel = "HOST", description = "Interface to listen on (default: all, 0.0.0.0).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", description = "Chat port (default: 5000).")
  Integer port;

  @Option(names = "--instances", paramLabel = "N", description = "Listener event loops (default: one per core).")
  Integer instances;

  @Option(names = "--max-line-bytes", paramLabel = "BYTES",
      description = "Longest input line; longer ones are discarded with an error (default: 4096).")
  Integer maxLineBytes;

  @Option(names = "--max-output-bytes", paramLabel = "BYTES",
      description = "Output a client may leave unread before it is disconnected (default: 1048576).")
  Integer maxOutputBytes;

  @Option(names = "--flood-rate", paramLabel = "LINES",
      description = "Input lines per second per client before reading slows; 0 turns it off (default: 10).")
  Double floodRate;

  @Option(names = "--flood-burst", paramLabel = "LINES",
      description = "Lines a client may send at once before the flood rate applies (default: 20).")
  Integer floodBurst;

  @Option(names = "--cluster", description = "Join the instances named by the --cluster-* options as one chat.")
  Boolean cluster;

  @Option(names = "--cluster-name", paramLabel = "NAME",
      description = "Cluster name; instances with another name stay apart (default: relay).")
  String clusterName;

  @Option(names = "--cluster-host", paramLabel = "HOST",
      description = "Address this instance binds and advertises to the others (default: chosen by Hazelcast).")
  String clusterHost;

  @Option(names = "--cluster-port", paramLabel = "PORT", description = "Hazelcast member port (default: 5701).")
  Integer clusterPort;

  @Option(names = "--cluster-bus-port", paramLabel = "PORT",
      description = "Clustered event-bus port; 0 picks a free one (default: 5702).")
  Integer clusterBusPort;

  @Option(names = "--cluster-members", paramLabel = "HOST:PORT[,...]", split = ",",
      description = "Static discovery: the members to contact, e.g. 127.0.0.1:5701,127.0.0.1:5711.")
  List<String> clusterMembers;

  @Option(names = "--cluster-dns", paramLabel = "NAME",
      description = "Kubernetes discovery: the headless Service's DNS name (e.g. relay-cluster.chat.svc.cluster.local).")
  String clusterDns;

  @Override
  public Integer call() {
    RelayConfig config;
    try {
      config = loadConfig();
    } catch (ConfigException e) {
      System.err.println("relay: bad configuration: " + e.getMessage());
      return 2;
    }
    Vertx vertx = null;
    try {
      RelayServer server;
      if (config.cluster() == null) {
        vertx = Vertx.vertx();
        server = RelayServer.start(vertx, config.server()).await(1, TimeUnit.MINUTES);
      } else {
        ClusterNode node = ClusterNode.join(config.cluster(), new VertxOptions()).await(2, TimeUnit.MINUTES);
        vertx = node.vertx();
        server = RelayServer.start(node, config.server()).await(1, TimeUnit.MINUTES);
        LOG.info("Joined cluster '{}' as node {}", config.cluster().name(), node.nodeId());
      }
      Vertx running = vertx;
      Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(server, running), "relay-shutdown"));
      LOG.info("Relay listening on {}:{}", config.server().host(), server.port());
      return 0;
    } catch (Exception e) {
      System.err.println("relay: cannot start: " + e.getMessage());
      if (vertx != null) {
        vertx.close();
      }
      return 1;
    }
  }

  private RelayConfig loadConfig() {
    Vertx reader = Vertx.vertx();
    try {
      return ConfigLoader.load(reader, configFile, flags()).await(30, TimeUnit.SECONDS);
    } catch (ConfigException e) {
      throw e;
    } catch (Exception e) {
      throw new ConfigException(e.getMessage());
    } finally {
      reader.close();
    }
  }

  /** The flags given on the command line, by the setting each overrides. */
  private Map<Setting, Object> flags() {
    Map<Setting, Object> given = new LinkedHashMap<>();
    put(given, Settings.HOST, host);
    put(given, Settings.PORT, port);
    put(given, Settings.INSTANCES, instances);
    put(given, Settings.MAX_LINE_BYTES, maxLineBytes);
    put(given, Settings.MAX_OUTPUT_BYTES, maxOutputBytes);
    put(given, Settings.FLOOD_RATE, floodRate);
    put(given, Settings.FLOOD_BURST, floodBurst);
    put(given, Settings.CLUSTER_ENABLED, cluster);
    put(given, Settings.CLUSTER_NAME, clusterName);
    put(given, Settings.CLUSTER_HOST, clusterHost);
    put(given, Settings.CLUSTER_PORT, clusterPort);
    put(given, Settings.CLUSTER_BUS_PORT, clusterBusPort);
    put(given, Settings.CLUSTER_MEMBERS, clusterMembers);
    put(given, Settings.CLUSTER_DNS, clusterDns);
    return given;
  }

  private static void put(Map<Setting, Object> given, Setting setting, Object value) {
    if (value != null) {
      given.put(setting, value);
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

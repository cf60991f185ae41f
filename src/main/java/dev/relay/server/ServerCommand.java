package dev.relay.server;

import dev.relay.accounts.Argon2id;
import dev.relay.cluster.ClusterNode;
import dev.relay.config.ConfigException;
import dev.relay.config.ConfigLoader;
import dev.relay.config.RelayConfig;
import dev.relay.config.Setting;
import dev.relay.config.Settings;
import dev.relay.config.StoreOptions;
import dev.relay.edge.SocketOptions;
import dev.relay.files.FileSharing;
import dev.relay.ops.ClusterMetrics;
import dev.relay.ops.AccountMetrics;
import dev.relay.ops.Observability;
import dev.relay.ops.OpsServer;
import dev.relay.web.WebSetup;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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
    description = "Runs the Relay chat server. Connect with nc, telnet, 'relay client' or an IRC client.",
    footer = {"", "Defaults come from conf/relay.json, then RELAY_* environment variables (docs/CONFIG.md).",
        "Subcommands: client (the terminal client), bench (the load generator),",
        "admin (accounts and roles in the store); each has --help."})
public final class ServerCommand implements Callable<Integer> {

  private static final Logger LOG = LoggerFactory.getLogger(ServerCommand.class);

  @Mixin
  StoreOptions storeOptions;

  @Option(names = "--host", paramLabel = "HOST", description = "Interface to listen on (default: all, 0.0.0.0).")
  String host;

  @Option(names = "--port", paramLabel = "PORT", description = "Chat port (default: 5000).")
  Integer port;

  @Option(names = "--instances", paramLabel = "N", description = "Listener event loops (default: one per two cores, at least one).")
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

  @Option(names = "--max-connections", paramLabel = "N",
      description = "Connections this instance accepts at once; 0 means no limit (default: 20000).")
  Integer maxConnections;

  @Option(names = "--max-connections-per-ip", paramLabel = "N",
      description = "Connections one client address may hold at once; 0 means no limit (default: 100).")
  Integer maxConnectionsPerIp;

  @Option(names = "--handshake-timeout", paramLabel = "SECONDS",
      description = "Time a new connection has to choose an alias; 0 means no limit (default: 30).")
  Integer handshakeTimeout;

  @Option(names = "--proxy-header-timeout", paramLabel = "SECONDS",
      description = "With --proxy-protocol, silence allowed before a new connection's PROXY header is complete "
          + "(default: 10).")
  Integer proxyHeaderTimeout;

  @Option(names = "--http-port", paramLabel = "PORT",
      description = "Operator HTTP port: /health/live, /health/ready, /metrics (default: 8080).")
  Integer httpPort;

  @Option(names = "--shutdown-grace", paramLabel = "SECONDS",
      description = "On SIGTERM, how long clients get to take their last output (default: 10).")
  Integer shutdownGrace;

  @Option(names = "--keepalive-idle", paramLabel = "SECONDS",
      description = "Silence on a chat connection before TCP keepalive probes start; 0 turns them off (default: 120).")
  Integer keepaliveIdle;

  @Option(names = "--proxy-protocol",
      description = "Every chat connection starts with a PROXY protocol header (v1 or v2) naming the client; "
          + "only behind a load balancer that always sends one.")
  Boolean proxyProtocol;

  @Option(names = "--tls", description = "Also offer the chat over TLS on --tls-port (needs --tls-cert and --tls-key).")
  Boolean tls;

  @Option(names = "--tls-port", paramLabel = "PORT", description = "TLS chat port (default: 5001).")
  Integer tlsPort;

  @Option(names = "--tls-cert", paramLabel = "FILE", description = "PEM certificate (chain) for the TLS port.")
  String tlsCert;

  @Option(names = "--tls-key", paramLabel = "FILE", description = "PEM private key for the TLS port.")
  String tlsKey;

  @Option(names = "--web-port", paramLabel = "PORT",
      description = "Public web port: the browser client, uploads and files, over TLS when --tls is on; 0 turns it "
          + "off (default: 8000).")
  Integer webPort;

  @Option(names = "--irc-port", paramLabel = "PORT",
      description = "IRC gateway port; 0 turns the gateway off (default: 6667).")
  Integer ircPort;

  @Option(names = "--irc-tls-port", paramLabel = "PORT",
      description = "IRC over TLS, with the chat's certificate, when --tls is on; 0 turns it off (default: 6697).")
  Integer ircTlsPort;

  @Option(names = "--irc-password", paramLabel = "PASSWORD",
      description = "Server password IRC clients must send (PASS) before registering (default: none).")
  String ircPassword;

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
      description = "Clustered event-bus port; 0 picks a free one (default: the cluster port + 100).")
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
    Observability observability = new Observability();
    Vertx vertx = null;
    try {
      RelayServer server;
      ClusterNode node = null;
      AccountsStartup accounts;
      if (config.cluster() == null) {
        vertx = Vertx.builder().with(observability.vertxOptions(config.server().instances())).withMetrics(observability.metricsFactory()).build();
        accounts = openAccounts(vertx, config, null);
        server = RelayServer.start(vertx, config.server(), config.irc(), observability.metrics(), accounts.accounts(),
            accounts.history(config.history()), web(vertx, config, accounts)).await(1, TimeUnit.MINUTES);
      } else {
        node = ClusterNode.join(config.cluster(), observability.vertxOptions(config.server().instances()), observability.metricsFactory())
            .await(ClusterNode.JOIN_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        vertx = node.vertx();
        ClusterMetrics.register(observability.registry(), node);
        accounts = openAccounts(vertx, config, node);
        server = RelayServer.start(node, config.server(), config.irc(), observability.metrics(), accounts.accounts(),
            accounts.history(config.history()), web(vertx, config, accounts)).await(1, TimeUnit.MINUTES);
        LOG.info("Joined cluster '{}' as node {} (Hazelcast port {}, event-bus port {})", config.cluster().name(),
            node.nodeId(), config.cluster().port(), config.cluster().busPort());
      }
      AccountMetrics.register(observability.registry(), accounts.accounts(), accounts.hasher());
      OpsServer ops = OpsServer.start(vertx, config.ops(), server, observability.registry(), node)
          .await(1, TimeUnit.MINUTES);
      Vertx running = vertx;
      SignalShutdown.install(() -> stop(server, ops, accounts, running, config.server().shutdownGraceSeconds()));
      int loops = config.server().instances();
      LOG.info("Relay listening on {}:{}{}{}{}; operator HTTP on port {}; {} transport, {}; {} event loop{}",
          config.server().host(), server.port(), server.tlsPort() < 0 ? "" : " and TLS port " + server.tlsPort(),
          ircPorts(server), server.webPort() < 0 ? "" : "; web on port " + server.webPort(), ops.port(), vertx.isNativeTransportEnabled() ? "epoll" : "NIO",
          SocketOptions.describe(config.server()), loops, loops == 1 ? "" : "s");
      return 0;
    } catch (Exception e) {
      System.err.println("relay: cannot start: " + e.getMessage());
      if (vertx != null) {
        vertx.close();
      }
      return 1;
    }
  }

  /** The web port with the files kept in the store behind it, or none. */
  private static WebSetup web(Vertx vertx, RelayConfig config, AccountsStartup accounts) throws Exception {
    if (!config.web().enabled()) {
      return WebSetup.OFF;
    }
    String base = config.web().publicBase(config.server().host(), config.server().tls() != null);
    FileSharing files = accounts.shareFiles(vertx, config.uploads(), base).await(1, TimeUnit.MINUTES);
    LOG.info("Files shared at {}/f/ (uploads {})", base, config.uploads().enabled() ? "on" : "off");
    return WebSetup.of(config.web(), (v, router) -> files.routes().mount(router));
  }

  private static String ircPorts(RelayServer server) {
    if (server.ircPort() < 0) {
      return "";
    }
    return "; IRC on port " + server.ircPort() + (server.ircTlsPort() < 0 ? "" : " and TLS port " + server.ircTlsPort());
  }

  private RelayConfig loadConfig() {
    Vertx reader = Vertx.vertx();
    try {
      return ConfigLoader.load(reader, storeOptions.configFile(), flags()).await(30, TimeUnit.SECONDS);
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
    put(given, Settings.MAX_CONNECTIONS, maxConnections);
    put(given, Settings.MAX_CONNECTIONS_PER_IP, maxConnectionsPerIp);
    put(given, Settings.HANDSHAKE_TIMEOUT, handshakeTimeout);
    put(given, Settings.PROXY_HEADER_TIMEOUT, proxyHeaderTimeout);
    put(given, Settings.HTTP_PORT, httpPort);
    put(given, Settings.SHUTDOWN_GRACE, shutdownGrace);
    put(given, Settings.KEEPALIVE_IDLE, keepaliveIdle);
    put(given, Settings.PROXY_PROTOCOL, proxyProtocol);
    put(given, Settings.TLS_ENABLED, tls);
    put(given, Settings.TLS_PORT, tlsPort);
    put(given, Settings.TLS_CERT, tlsCert);
    put(given, Settings.TLS_KEY, tlsKey);
    put(given, Settings.IRC_PORT, ircPort);
    put(given, Settings.WEB_PORT, webPort);
    put(given, Settings.IRC_TLS_PORT, ircTlsPort);
    put(given, Settings.IRC_PASSWORD, ircPassword);
    put(given, Settings.CLUSTER_ENABLED, cluster);
    put(given, Settings.CLUSTER_NAME, clusterName);
    put(given, Settings.CLUSTER_HOST, clusterHost);
    put(given, Settings.CLUSTER_PORT, clusterPort);
    put(given, Settings.CLUSTER_BUS_PORT, clusterBusPort);
    put(given, Settings.CLUSTER_MEMBERS, clusterMembers);
    put(given, Settings.CLUSTER_DNS, clusterDns);
    given.putAll(storeOptions.flags());
    return given;
  }

  private static AccountsStartup openAccounts(Vertx vertx, RelayConfig config, ClusterNode node) throws Exception {
    AccountsStartup accounts = AccountsStartup.open(vertx, config.store(), config.accounts(), node,
        Argon2id.Parameters.OWASP).await(1, TimeUnit.MINUTES);
    LOG.info("Accounts kept in {}", config.store().describe());
    return accounts;
  }

  private static void put(Map<Setting, Object> given, Setting setting, Object value) {
    if (value != null) {
      given.put(setting, value);
    }
  }

  /**
   * Chat first (with its grace time), then the operator port, then Vert.x, which leaves the cluster
   * gracefully. Each step is bounded ({@link ShutdownBudget}) and runs even when the one before failed or
   * overran: skipping the graceful leave would drop this member from the cluster without handing over its
   * partitions, as a crash does.
   */
  private static void stop(RelayServer server, OpsServer ops, AccountsStartup accounts, Vertx vertx,
      int graceSeconds) {
    boolean clean = step("closing the chat port", server.close(), graceSeconds + ShutdownBudget.CHAT_MARGIN_SECONDS);
    clean &= step("closing the operator port", ops.close(), ShutdownBudget.OPS_CLOSE_SECONDS);
    clean &= step("closing the store", accounts.close(), ShutdownBudget.OPS_CLOSE_SECONDS);
    clean &= step("closing Vert.x and leaving the cluster", vertx.close(), ShutdownBudget.VERTX_CLOSE_SECONDS);
    LOG.info(clean ? "Relay stopped" : "Stopped, but not cleanly (see the warnings above)");
  }

  private static boolean step(String what, Future<?> done, int seconds) {
    try {
      done.await(seconds, TimeUnit.SECONDS);
      return true;
    } catch (Exception e) {
      LOG.warn("Shutdown: {} did not finish within {} s: {}", what, seconds, e.toString());
      return false;
    }
  }
}

package dev.relay.testing;

import dev.relay.cluster.ClusterNode;
import dev.relay.cluster.ClusterSettings;
import dev.relay.irc.IrcConfig;
import dev.relay.server.RelayServer;
import io.vertx.core.Future;
import io.vertx.core.VertxOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Several clustered Relay instances in this JVM, on loopback, with a cluster name of their own so that
 * parallel runs never merge. Each has its own Vert.x, Hazelcast member and chat port.
 */
public final class TestCluster implements AutoCloseable {

  private final List<ClusterNode> nodes = new ArrayList<>();
  private final List<RelayServer> servers = new ArrayList<>();

  private TestCluster() {
  }

  /** Starts {@code size} instances, each with its chat server. */
  public static TestCluster start(int size) {
    TestCluster cluster = join(size);
    for (int i = 0; i < size; i++) {
      cluster.startServer(i);
    }
    return cluster;
  }

  /** Joins {@code size} clustered Vert.x instances without starting their chat servers. */
  public static TestCluster join(int size) {
    TestCluster cluster = new TestCluster();
    String name = "relay-test-" + UUID.randomUUID();
    List<Integer> ports = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      ports.add(Ports.unused());
    }
    List<String> members = ports.stream().map(p -> "127.0.0.1:" + p).toList();
    List<Future<ClusterNode>> joining = new ArrayList<>();
    for (int port : ports) {
      joining.add(ClusterNode.join(ClusterSettings.loopback(name, port, members), new VertxOptions()));
    }
    for (Future<ClusterNode> node : joining) {
      cluster.nodes.add(await(node));
      cluster.servers.add(null);
    }
    return cluster;
  }

  /** Starts the chat server of one instance, its IRC gateway on a free port too. */
  public void startServer(int node) {
    servers.set(node, await(RelayServer.start(nodes.get(node), TestServer.config(), IrcConfig.anyPort())));
  }

  public int port(int node) {
    return servers.get(node).port();
  }

  public int ircPort(int node) {
    return servers.get(node).ircPort();
  }

  public RelayServer server(int node) {
    return servers.get(node);
  }

  public ClusterNode node(int node) {
    return nodes.get(node);
  }

  /** Stops one instance the way SIGTERM does: server first, then Vert.x leaves the cluster. */
  public void stop(int node) {
    await(servers.get(node).close());
    await(nodes.get(node).vertx().close());
  }

  /** Ends one instance's Hazelcast member abruptly, as a crash would: no goodbye to the cluster. */
  public void crash(int node) {
    nodes.get(node).manager().getHazelcastInstance().getLifecycleService().terminate();
  }

  @Override
  public void close() {
    for (ClusterNode node : nodes) {
      try {
        node.vertx().close().await(30, TimeUnit.SECONDS);
      } catch (Exception ignored) {
        // already stopped or crashed
      }
    }
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.await(60, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

}

package dev.relay.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Test hosts of the test's own making: network namespaces on this machine, each with two interfaces, one on
 * a chat network that the test reaches from here and one on a cluster network between the hosts. Taking a
 * host's cluster interface down is a real network partition (no RST, no refused connections, just silence)
 * while the test's clients stay connected to every host. Needs root; {@link #available()} says whether it can
 * be made here. Only the 10.231.1.0/24 and 10.231.2.0/24 networks inside these namespaces are used.
 */
public final class TestHosts implements AutoCloseable {

  /** The network between this machine and the hosts' chat interfaces. */
  public static final String CHAT_NETWORK = "10.231.1.0/24";
  /** This machine's address on the chat network: how a host reaches a server running here, outside the hosts. */
  public static final String HOST_ADDRESS = "10.231.1.1";

  private static final String PREFIX = "relaytest";
  private static final String CHAT_BRIDGE = "rt-chat";
  private static final String CLUSTER_BRIDGE = "rt-cluster";

  private final int count;

  private TestHosts(int count) {
    this.count = count;
  }

  /** Whether namespaces can be made here: root, and the {@code ip} tool. */
  public static boolean available() {
    try {
      Process probe = new ProcessBuilder("ip", "netns", "list").redirectErrorStream(true).start();
      return probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0
          && "root".equals(System.getProperty("user.name"));
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** Makes {@code count} hosts, removing any a previous run left behind. */
  public static TestHosts create(int count) {
    TestHosts hosts = new TestHosts(count);
    hosts.close();
    hosts.awaitGone();
    try {
      ip("link", "add", CHAT_BRIDGE, "type", "bridge");
      ip("addr", "add", HOST_ADDRESS + "/24", "dev", CHAT_BRIDGE);
      ip("link", "set", CHAT_BRIDGE, "up");
      ip("link", "add", CLUSTER_BRIDGE, "type", "bridge");
      ip("link", "set", CLUSTER_BRIDGE, "up");
      for (int i = 0; i < count; i++) {
        String ns = hosts.namespace(i);
        ip("netns", "add", ns);
        ip("-n", ns, "link", "set", "lo", "up");
        plug(ns, "rt-c" + i, "chat", CHAT_BRIDGE, hosts.chatAddress(i));
        plug(ns, "rt-k" + i, "cluster", CLUSTER_BRIDGE, hosts.clusterAddress(i));
      }
      return hosts;
    } catch (RuntimeException | Error e) {
      hosts.close();
      throw e;
    }
  }

  public String namespace(int host) {
    return PREFIX + "-" + host;
  }

  /** The address clients reach the host at. */
  public String chatAddress(int host) {
    return "10.231.1." + (10 + host);
  }

  /** The address the host's cluster traffic uses. */
  public String clusterAddress(int host) {
    return "10.231.2." + (10 + host);
  }

  /** Unplugs the host's cluster cable: its cluster traffic goes nowhere, its chat port stays reachable. */
  public void cutCluster(int host) {
    ip("-n", namespace(host), "link", "set", "cluster", "down");
  }

  public void mendCluster(int host) {
    ip("-n", namespace(host), "link", "set", "cluster", "up");
  }

  @Override
  public void close() {
    for (int i = 0; i < count; i++) {
      quietly("netns", "del", namespace(i));
    }
    quietly("link", "del", CHAT_BRIDGE);
    quietly("link", "del", CLUSTER_BRIDGE);
  }

  /**
   * The kernel takes a namespace's interfaces down in the background once its last process is gone, so a
   * name can still be taken for a moment after {@link #close}; waits (10 s at most) until none is.
   */
  private void awaitGone() {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    for (int i = 0; i < count; i++) {
      for (String link : List.of("rt-c" + i, "rt-k" + i)) {
        while (run("link", "show", link) == null) {
          if (System.nanoTime() > deadline) {
            throw new AssertionError("interface " + link + " of an earlier run is still there after 10 s");
          }
          Thread.onSpinWait();
        }
      }
    }
  }

  /** A veth pair: {@code outside} on {@code bridge}, {@code inside} in the namespace with {@code address}. */
  private static void plug(String ns, String outside, String inside, String bridge, String address) {
    ip("link", "add", outside, "type", "veth", "peer", "name", inside, "netns", ns);
    ip("link", "set", outside, "master", bridge);
    ip("link", "set", outside, "up");
    ip("-n", ns, "addr", "add", address + "/24", "dev", inside);
    ip("-n", ns, "link", "set", inside, "up");
  }

  private static void ip(String... args) {
    String output = run(args);
    if (output != null) {
      throw new AssertionError("ip " + String.join(" ", args) + " failed: " + output);
    }
  }

  private static void quietly(String... args) {
    run(args);
  }

  /** Runs {@code ip ARGS}; null when it succeeded, else what it printed. */
  private static String run(String... args) {
    List<String> command = new ArrayList<>();
    command.add("ip");
    command.addAll(List.of(args));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        return "timed out";
      }
      return process.exitValue() == 0 ? null : output + " (exit " + process.exitValue() + ")";
    } catch (IOException e) {
      return e.toString();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return "interrupted";
    }
  }
}

package dev.relay.testing;

import dev.relay.store.StoreConfig;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Processes of the fat jar forming one chat on loopback, each started as README's "Scale out" shows but on
 * free ports and under a cluster name of its own, with flood control and the per-address limit lifted so that
 * a test's clients can send as fast as they like from one address. All of them keep their accounts in the one
 * PostgreSQL database given, as a cluster must.
 */
public final class ProcessCluster implements AutoCloseable {

  private final List<RelayProcess> relays = new ArrayList<>();
  private final int[] chatPorts;

  private ProcessCluster(int size) {
    chatPorts = new int[size];
  }

  /**
   * Starts {@code size} instances and waits until each listens: the first alone, then the others together.
   * Members that start at the same moment on a busy machine can each form a cluster of their own and merge
   * only at Hazelcast's first merge check, 20 s later; joining a running member avoids that.
   *
   * @param postgres the database every instance uses (for instance {@code TestDatabases.freshPostgres})
   */
  public static ProcessCluster start(int size, StoreConfig postgres) {
    Map<String, String> env = RelayProcess.postgres(postgres);
    ProcessCluster cluster = new ProcessCluster(size);
    try {
      String name = "relay-it-" + UUID.randomUUID();
      int[] hazelcast = new int[size];
      for (int i = 0; i < size; i++) {
        hazelcast[i] = Ports.unused();
      }
      String members = String.join(",", Arrays.stream(hazelcast).mapToObj(p -> "127.0.0.1:" + p).toList());
      cluster.relays.add(instance(env, name, hazelcast[0], members));
      cluster.chatPorts[0] = cluster.relays.get(0).awaitListening();
      for (int i = 1; i < size; i++) {
        cluster.relays.add(instance(env, name, hazelcast[i], members));
      }
      for (int i = 1; i < size; i++) {
        cluster.chatPorts[i] = cluster.relays.get(i).awaitListening();
      }
      return cluster;
    } catch (RuntimeException | Error e) {
      cluster.close();
      throw e;
    }
  }

  private static RelayProcess instance(Map<String, String> env, String name, int hazelcastPort, String members) {
    return RelayProcess.start(env, "--host", "127.0.0.1", "--port", "0", "--flood-rate", "0",
        "--max-connections-per-ip", "0", "--store", "postgres", "--cluster", "--cluster-name", name,
        "--cluster-host", "127.0.0.1", "--cluster-port", "" + hazelcastPort, "--cluster-bus-port", "0",
        "--cluster-members", members);
  }

  public int chatPort(int instance) {
    return chatPorts[instance];
  }

  public RelayProcess process(int instance) {
    return relays.get(instance);
  }

  public int size() {
    return chatPorts.length;
  }

  /** Logs in on {@code instance} as {@code alias} and moves to {@code room}. */
  public LineClient memberOf(int instance, String alias, String room) {
    LineClient client = LineClient.login(chatPorts[instance], alias);
    client.send("/join " + room).skipUntil("* You are now in room " + room);
    return client;
  }

  @Override
  public void close() {
    relays.forEach(RelayProcess::close);
  }

}

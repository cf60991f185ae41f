package dev.relay.testing;

import dev.relay.store.StoreConfig;
import java.util.ArrayList;
import java.util.List;

/** Instances of one in-JVM cluster, each a server with accounts over one shared store (a real PostgreSQL). */
public final class AccountsCluster implements AutoCloseable {

  private final TestCluster cluster;
  private final StoreConfig store;
  private final List<AccountsServer> servers = new ArrayList<>();

  private AccountsCluster(TestCluster cluster, StoreConfig store) {
    this.cluster = cluster;
    this.store = store;
  }

  public static AccountsCluster start(int size, StoreConfig store) {
    AccountsCluster started = new AccountsCluster(TestCluster.join(size), store);
    for (int i = 0; i < size; i++) {
      started.servers.add(AccountsServer.start(started.cluster.node(i), store));
    }
    return started;
  }

  /** The chat port of instance {@code i}. */
  public int port(int i) {
    return servers.get(i).port();
  }

  public int size() {
    return servers.size();
  }

  /** Stops instance {@code i}'s server and starts it again on the same cluster member. */
  public void restart(int i) {
    servers.get(i).close();
    servers.set(i, AccountsServer.start(cluster.node(i), store));
  }

  /** Stops every instance's server, then starts them all again: nothing but the store outlives it. */
  public void restartAll() {
    servers.forEach(AccountsServer::close);
    for (int i = 0; i < servers.size(); i++) {
      servers.set(i, AccountsServer.start(cluster.node(i), store));
    }
  }

  @Override
  public void close() {
    servers.forEach(AccountsServer::close);
    cluster.close();
  }
}

package dev.relay.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import com.hazelcast.core.EntryView;
import com.hazelcast.core.HazelcastInstance;
import dev.relay.testing.TestCluster;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Hazelcast members in this JVM share the failure counts. Each test uses keys of its own; the windows'
 * expiry is {@link AttemptLedgerTest}'s (Hazelcast's TTL cannot be driven by a fake clock).
 */
class ClusterAttemptLimitsTest {

  private static final AttemptPolicies POLICIES = AttemptPolicies.of(
      new AttemptPolicy(3, Duration.ofMinutes(1)), new AttemptPolicy(20, Duration.ofMinutes(10)));

  private static TestCluster cluster;
  private static final AtomicLong now = new AtomicLong(System.currentTimeMillis());
  private static ClusterAttemptLimits onA;
  private static ClusterAttemptLimits onB;

  @BeforeAll
  static void joinTwoMembers() throws Exception {
    cluster = TestCluster.join(2);
    onA = open(0);
    onB = open(1);
  }

  private static ClusterAttemptLimits open(int node) throws Exception {
    Vertx vertx = cluster.node(node).vertx();
    HazelcastInstance hazelcast = cluster.node(node).manager().getHazelcastInstance();
    return ClusterAttemptLimits.open(vertx, hazelcast, POLICIES, now::get).await(30, TimeUnit.SECONDS);
  }

  @AfterAll
  static void leave() {
    cluster.close();
  }

  private static Context edge(int node) {
    return cluster.node(node).vertx().getOrCreateContext();
  }

  @Test
  void aFailureCountedOnOneMemberBlocksOnTheOther() throws Throwable {
    String carol = AttemptPolicies.account("carol");
    Context edgeA = edge(0);
    Context edgeB = edge(1);
    for (int i = 0; i < 2; i++) {
      OnContext.call(edgeA, () -> onA.failed(List.of(carol)));
    }
    assertThat(OnContext.call(edgeB, () -> onB.blockedSeconds(List.of(carol)))).isZero();
    OnContext.call(edgeA, () -> onA.failed(List.of(carol)));
    assertThat(OnContext.call(edgeB, () -> onB.blockedSeconds(List.of(carol)))).isEqualTo(60);
    now.addAndGet(20_000);
    assertThat(OnContext.call(edgeB, () -> onB.blockedSeconds(List.of(carol, AttemptPolicies.address("10.9.9.9")))))
        .isEqualTo(40);
    OnContext.call(edgeB, () -> onB.succeeded(carol));
    assertThat(OnContext.call(edgeA, () -> onA.blockedSeconds(List.of(carol)))).isZero();
  }

  @Test
  void simultaneousFailuresOnBothMembersAreAllCounted() throws Throwable {
    String address = AttemptPolicies.address("192.0.2.7");
    List<Future<Void>> failures = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      failures.add(onA.failed(List.of(address)));
      if (i < 9) {
        failures.add(onB.failed(List.of(address)));
      }
    }
    Future.all(failures).await(30, TimeUnit.SECONDS);
    assertThat(OnContext.call(edge(0), () -> onA.blockedSeconds(List.of(address)))).as("19 of 20").isZero();
    OnContext.call(edge(1), () -> onB.failed(List.of(address)));
    assertThat(OnContext.call(edge(0), () -> onA.blockedSeconds(List.of(address)))).isEqualTo(600);
  }

  @Test
  void theEntryLivesForTheWindowFromItsFirstFailure() throws Throwable {
    String dave = AttemptPolicies.account("dave");
    OnContext.call(edge(0), () -> onA.failed(List.of(dave)));
    HazelcastInstance hazelcast = cluster.node(1).manager().getHazelcastInstance();
    EntryView<String, Object> first = hazelcast.<String, Object>getMap(ClusterAttemptLimits.MAP_NAME).getEntryView(dave);
    assertThat(first.getTtl()).isEqualTo(60_000);
    OnContext.call(edge(1), () -> onB.failed(List.of(dave)));
    EntryView<String, Object> second = hazelcast.<String, Object>getMap(ClusterAttemptLimits.MAP_NAME).getEntryView(dave);
    assertThat(second.getExpirationTime()).isEqualTo(first.getExpirationTime());
    assertThat(second.getValue()).isEqualTo(new Failures(2, ((Failures) first.getValue()).endsAtMillis()));
  }
}

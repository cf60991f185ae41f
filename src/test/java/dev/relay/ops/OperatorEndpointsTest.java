package dev.relay.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.server.RelayServer;
import dev.relay.testing.Http;
import dev.relay.testing.LineClient;
import dev.relay.testing.TestCluster;
import dev.relay.testing.TestServer;
import io.vertx.core.Vertx;
import java.net.http.HttpResponse;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The operator HTTP port of a real server: health, readiness across start and stop, metrics under traffic. */
class OperatorEndpointsTest {

  private Vertx vertx;
  private Observability observability;
  private RelayServer server;
  private OpsServer ops;

  @BeforeEach
  void start() throws Exception {
    observability = new Observability();
    vertx = Vertx.builder().with(observability.vertxOptions(2)).withMetrics(observability.metricsFactory()).build();
    server = RelayServer.start(vertx, TestServer.config(), observability.metrics()).await(30, TimeUnit.SECONDS);
    ops = OpsServer.start(vertx, new OpsConfig("127.0.0.1", 0), server, observability.registry(), null)
        .await(30, TimeUnit.SECONDS);
  }

  @AfterEach
  void stop() throws Exception {
    vertx.close().await(30, TimeUnit.SECONDS);
  }

  @Test
  void liveAndReadyOnceTheChatPortIsBound() {
    HttpResponse<String> live = Http.get(ops.port(), "/health/live");
    assertThat(live.statusCode()).isEqualTo(200);
    HttpResponse<String> ready = Http.get(ops.port(), "/health/ready");
    assertThat(ready.statusCode()).isEqualTo(200);
    assertThat(ready.body()).contains("\"chat\"").contains("UP");
  }

  @Test
  void notReadyAsSoonAsTheServerStartsStoppingButStillLive() throws Exception {
    server.close().await(30, TimeUnit.SECONDS);
    assertThat(Http.get(ops.port(), "/health/ready").statusCode()).isEqualTo(503);
    assertThat(Http.get(ops.port(), "/health/live").statusCode()).isEqualTo(200);
  }

  @Test
  void metricsMoveWithRealTraffic() {
    String before = Http.get(ops.port(), "/metrics").body();
    assertThat(value(before, "relay_messages_received_total")).isZero();
    try (LineClient alice = LineClient.login(server.port(), "alice");
        LineClient bob = LineClient.login(server.port(), "bob")) {
      alice.skipUntil("* bob has joined lobby");
      alice.send("hello");
      bob.expect("alice: hello");
      alice.expect("alice: hello");
      alice.send("x".repeat(5000));
      alice.expect("! line too long (over 4096 bytes), discarded");
      String during = Http.get(ops.port(), "/metrics").body();
      assertThat(value(during, "relay_connections_open")).isEqualTo(2);
      assertThat(value(during, "relay_handshakes_total")).isEqualTo(2);
      assertThat(value(during, "relay_messages_received_total")).isEqualTo(1);
      assertThat(value(during, "relay_messages_delivered_total")).isGreaterThanOrEqualTo(2);
      assertThat(value(during, "relay_bytes_in_bytes_total")).isGreaterThan(5000);
      assertThat(value(during, "relay_bytes_out_bytes_total")).isGreaterThan(0);
      assertThat(value(during, "relay_rooms")).isEqualTo(1);
      assertThat(during).as("alone, nothing goes to other instances").contains("relay_peer_messages_sent_total 0.0");
      assertThat(value(during, "relay_input_rejected_total{reason=\"too_long\"}")).isEqualTo(1);
      bob.send("/quit");
      bob.readUntilClosed();
      alice.expect("* bob has left lobby");
    }
    // The client sees the connection end before the server's close handler has counted it.
    String after = metricsOnceCounted(ops.port(), "relay_disconnects_total{reason=\"quit\"}");
    assertThat(value(after, "relay_disconnects_total{reason=\"quit\"}")).isEqualTo(1);
    assertThat(after).contains("vertx_eventbus_").contains("vertx_net_server_").contains("jvm_memory_used_bytes");
  }

  @Test
  void clusteredInstanceIsReadyWithTheClusterJoined() throws Exception {
    try (TestCluster cluster = TestCluster.start(1)) {
      Observability own = new Observability();
      OpsServer clusterOps = OpsServer.start(cluster.node(0).vertx(), new OpsConfig("127.0.0.1", 0),
          cluster.server(0), own.registry(), cluster.node(0)).await(30, TimeUnit.SECONDS);
      HttpResponse<String> ready = Http.get(clusterOps.port(), "/health/ready");
      assertThat(ready.statusCode()).isEqualTo(200);
      assertThat(ready.body()).contains("\"cluster\"").contains("\"chat\"");
      cluster.stop(0);
    }
  }

  @Test
  void clusterMembersAndSafetyAreOnTheMetrics() throws Exception {
    try (TestCluster cluster = TestCluster.start(2)) {
      Observability own = new Observability();
      ClusterMetrics.register(own.registry(), cluster.node(0));
      OpsServer clusterOps = OpsServer.start(cluster.node(0).vertx(), new OpsConfig("127.0.0.1", 0),
          cluster.server(0), own.registry(), cluster.node(0)).await(30, TimeUnit.SECONDS);
      // The safety check runs every 2 s on a worker; a fresh cluster may still be assigning partitions.
      String metrics = metricsOnce(clusterOps.port(), m -> value(m, "relay_cluster_safe") > 0, 20);
      assertThat(value(metrics, "relay_cluster_members")).isEqualTo(2);
      assertThat(value(metrics, "relay_cluster_safe")).isEqualTo(1);
      cluster.crash(1);
      metrics = metricsOnce(clusterOps.port(), m -> value(m, "relay_cluster_members") < 2, 20);
      assertThat(value(metrics, "relay_cluster_members")).isEqualTo(1);
    }
  }

  /** The metrics text once {@code sample} is above 0, or as it is after 5 s. */
  private static String metricsOnceCounted(int port, String sample) {
    return metricsOnce(port, m -> value(m, sample) > 0, 5);
  }

  /** The metrics text once it meets {@code condition}, or as it is after {@code seconds}. */
  private static String metricsOnce(int port, Predicate<String> condition, int seconds) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    String metrics = Http.get(port, "/metrics").body();
    while (!condition.test(metrics) && System.nanoTime() < deadline) {
      Thread.onSpinWait();
      metrics = Http.get(port, "/metrics").body();
    }
    return metrics;
  }

  /** The value of one sample in Prometheus text format, 0 if absent. */
  private static double value(String metrics, String sample) {
    Matcher m = Pattern.compile("^" + Pattern.quote(sample) + "(?:\\{[^}]*\\})? ([0-9.eE+-]+)$", Pattern.MULTILINE)
        .matcher(metrics);
    return m.find() ? Double.parseDouble(m.group(1)) : 0;
  }
}

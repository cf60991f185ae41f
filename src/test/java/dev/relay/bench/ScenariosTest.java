package dev.relay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.edge.Limits;
import dev.relay.edge.ServerConfig;
import dev.relay.irc.IrcConfig;
import dev.relay.server.RelayServer;
import dev.relay.testing.LineClient;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each scenario, briefly, against a real Relay server on loopback: the counting is right (every message
 * reaches every receiver once, in order), the result parses, and memory is reported. Not a speed test.
 */
class ScenariosTest {

  private static Vertx vertx;
  private static RelayServer server;

  @BeforeAll
  static void startServer() throws Exception {
    vertx = Vertx.vertx();
    server = RelayServer.start(vertx, ServerConfig.defaults().withHost("127.0.0.1").withPort(0).withInstances(1)
        .withLimits(Limits.DEFAULTS.withFlood(0, 1).withConnections(0, 0)), IrcConfig.anyPort())
        .await(30, TimeUnit.SECONDS);
  }

  @AfterAll
  static void stopServer() throws Exception {
    server.close().await(30, TimeUnit.SECONDS);
    vertx.close().await(30, TimeUnit.SECONDS);
  }

  @Test
  void fanoutDeliversEveryMessageToEveryOtherMember() {
    BenchRun run = BenchRun.of("fanout", "--port", port(), "--clients", "20", "--senders", "2", "--warmup", "0.5",
        "--duration", "1.5", "--ack", "sender", "--alias-prefix", "fan");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("fanout: 20 clients, 2 senders, 1 room", "--ack sender", "result       OK");
    JsonObject result = run.result();
    assertIntact(result);
    assertThat(result.getString("ack")).isEqualTo("sender");
    assertThat(result.getInteger("connected")).isEqualTo(20);
    assertThat(result.getLong("sent")).isPositive();
    assertThat(result.getLong("deliveries")).isEqualTo(result.getLong("sent") * 19);
    assertThat(result.getLong("totalDeliveries")).isEqualTo(result.getLong("totalSent") * 19);
    assertThat(result.getLong("latencyP50Micros")).isPositive();
    assertThat(result.getLong("latencyMaxMicros")).isGreaterThanOrEqualTo(result.getLong("latencyP999Micros"));
    assertThat(result.getDouble("deliveriesPerSecond")).isPositive();
  }

  @Test
  void withAckAllAMessageIsInFlightUntilEveryReceiverOnEveryLoopHasIt() {
    BenchRun run = BenchRun.of("fanout", "--port", port(), "--clients", "30", "--senders", "3", "--threads", "3",
        "--window", "4", "--warmup", "0.5", "--duration", "1.5", "--ack", "all", "--alias-prefix", "all",
        "--pid", String.valueOf(ProcessHandle.current().pid()));

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("s per million deliveries");
    JsonObject result = run.result();
    assertIntact(result);
    assertThat(result.getString("ack")).isEqualTo("all");
    assertThat(result.getInteger("threads")).isEqualTo(3);
    assertThat(result.getLong("sent")).isPositive();
    assertThat(result.getLong("acknowledged")).isEqualTo(result.getLong("totalSent"));
    assertThat(result.getLong("deliveries")).isEqualTo(result.getLong("sent") * 29);
    assertThat(result.getLong("totalDeliveries")).isEqualTo(result.getLong("expectedDeliveries"));
    assertThat(result.getDouble("serverCpuSeconds")).isPositive();
    assertThat(result.getDouble("serverCpuPerMillionDeliveries")).isPositive();
    assertThat(result.getDouble("benchCpuSeconds")).isPositive();
  }

  @Test
  void overIrcEitherAckModeCountsEveryDeliveryOnce() {
    for (String ack : new String[] {"all", "sender"}) {
      BenchRun run = BenchRun.of("fanout", "--dialect", "irc", "--port", String.valueOf(server.ircPort()),
          "--clients", "12", "--senders", "2", "--threads", "3", "--warmup", "0.3", "--duration", "1", "--ack", ack,
          "--alias-prefix", "irc" + ack);

      assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
      JsonObject result = run.result();
      assertIntact(result);
      assertThat(result.getString("ack")).isEqualTo(ack);
      assertThat(result.getLong("acknowledged")).isEqualTo(result.getLong("totalSent"));
      assertThat(result.getLong("deliveries")).isPositive().isEqualTo(result.getLong("sent") * 11);
    }
  }

  @Test
  void fanoutAtAFixedRateSendsAboutThatMany() {
    BenchRun run = BenchRun.of("fanout", "--port", port(), "--clients", "10", "--senders", "2", "--rate", "200",
        "--warmup", "0", "--duration", "1", "--json", "--alias-prefix", "rate");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out().strip().lines()).hasSize(1);
    JsonObject result = run.result();
    assertIntact(result);
    assertThat(result.getLong("sent")).isBetween(150L, 250L);
    assertThat(result.getLong("deliveries")).isEqualTo(result.getLong("sent") * 9);
  }

  @Test
  void roomsKeepEachRoomsMessagesInIt() {
    BenchRun run = BenchRun.of("rooms", "--port", port(), "--rooms", "5", "--members", "4", "--rate", "20",
        "--warmup", "0.5", "--duration", "1.5", "--alias-prefix", "room");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    JsonObject result = run.result();
    assertIntact(result);
    assertThat(result.getInteger("clients")).isEqualTo(20);
    assertThat(result.getInteger("rooms")).isEqualTo(5);
    assertThat(result.getLong("sent")).isPositive();
    assertThat(result.getLong("deliveries")).isEqualTo(result.getLong("sent") * 3);
    assertThat(result.getLong("totalDeliveries")).isEqualTo(result.getLong("expectedDeliveries"));
  }

  @Test
  void idleReportsTheServersMemoryPerConnection() {
    BenchRun run = BenchRun.of("idle", "--port", port(), "--clients", "20", "--hold", "0.5", "--room-size", "5",
        "--pid", String.valueOf(ProcessHandle.current().pid()), "--live-heap", "--alias-prefix", "idle");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("server RSS");
    JsonObject result = run.result();
    assertThat(result.getInteger("connected")).isEqualTo(20);
    assertThat(result.getLong("rssBeforeKiB")).isPositive();
    assertThat(result.getLong("rssAfterKiB")).isPositive();
    assertThat(result.getLong("rssPerConnectionBytes")).isNotNull();
    assertThat(run.out()).contains("live heap");
    assertThat(result.getLong("liveHeapBeforeBytes")).isPositive();
    assertThat(result.getLong("liveHeapAfterBytes")).isPositive();
    assertThat(result.getLong("liveHeapPerConnectionBytes")).isNotNull();
    assertThat(result.getLong("disconnects")).isZero();
  }

  @Test
  void idleCountsGrowthFromAGivenBaselineOverTheConnectionsOpenedSince() {
    long baseline = 1000;
    BenchRun run = BenchRun.of("idle", "--port", port(), "--clients", "10", "--hold", "0", "--room-size", "5",
        "--pid", String.valueOf(ProcessHandle.current().pid()), "--rss-baseline", String.valueOf(baseline),
        "--baseline-connections", "30", "--alias-prefix", "base");

    assertThat(run.exitCode()).as(run.out() + run.err()).isZero();
    assertThat(run.out()).contains("KiB before (--rss-baseline)", "(of 40: 30 opened before, 10 here)");
    JsonObject result = run.result();
    assertThat(result.getLong("rssBeforeKiB")).isEqualTo(baseline);
    assertThat(result.getBoolean("rssBaseline")).isTrue();
    assertThat(result.getInteger("baselineConnections")).isEqualTo(30);
    assertThat(result.getLong("rssPerConnectionBytes")).isEqualTo((result.getLong("rssAfterKiB") - baseline) * 1024 / 40);
  }

  @Test
  void aTakenAliasFailsTheRunWithTheServersWords() {
    try (LineClient holder = LineClient.login(server.port(), "taken1")) {
      BenchRun run = BenchRun.of("fanout", "--port", port(), "--clients", "3", "--alias-prefix", "taken", "--json");

      assertThat(run.exitCode()).isEqualTo(1);
      assertThat(run.result().getString("failure")).isEqualTo("taken1 on 127.0.0.1:" + port() + ": ! alias taken: taken1");
      assertThat(run.result().getLong("sent")).isZero();
    }
  }

  @Test
  void theTimeLimitStopsARunThatWouldGoOn() {
    BenchRun run = BenchRun.of("fanout", "--port", port(), "--clients", "4", "--warmup", "0", "--duration", "30",
        "--timeout", "1", "--json", "--alias-prefix", "late");

    assertThat(run.exitCode()).isEqualTo(3);
    JsonObject result = run.result();
    assertThat(result.getBoolean("timedOut")).isTrue();
    assertThat(result.getString("failure")).contains("time limit of 1.0 s reached while measuring");
    assertThat(result.getDouble("durationSeconds")).isLessThan(2);
  }

  @Test
  void aRefusedConnectionFailsTheRun() {
    BenchRun run = BenchRun.of("fanout", "--port", "1", "--clients", "2", "--json");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.result().getString("failure")).contains("cannot connect");
    assertThat(run.result().getBoolean("ok")).isFalse();
  }

  private static void assertIntact(JsonObject result) {
    assertThat(result.getLong("lost")).isZero();
    assertThat(result.getLong("duplicated")).isZero();
    assertThat(result.getLong("reordered")).isZero();
    assertThat(result.getLong("unexpected")).isZero();
    assertThat(result.getLong("disconnects")).isZero();
    assertThat(result.getLong("inFlight")).isZero();
    assertThat(result.getBoolean("timedOut")).isFalse();
    assertThat(result.getBoolean("ok")).isTrue();
  }

  private static String port() {
    return String.valueOf(server.port());
  }
}

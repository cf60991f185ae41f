package dev.relay.ops;

import dev.relay.cluster.ClusterNode;
import dev.relay.server.RelayServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.healthchecks.HealthChecks;
import io.vertx.ext.healthchecks.Status;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.healthchecks.HealthCheckHandler;
import io.vertx.micrometer.PrometheusScrapingHandler;
import io.vertx.spi.cluster.hazelcast.ClusterHealthCheck;

/**
 * The operator HTTP port, apart from the chat port: {@code /health/live} (the event loops answer),
 * {@code /health/ready} (the chat port accepts, the instance is not stopping, and when clustered the
 * cluster is joined and safe) and {@code /metrics} in Prometheus format.
 */
public final class OpsServer {

  private final HttpServer http;

  private OpsServer(HttpServer http) {
    this.http = http;
  }

  /** @param node this instance's cluster membership, or null for an instance alone */
  public static Future<OpsServer> start(Vertx vertx, OpsConfig config, RelayServer server,
      PrometheusMeterRegistry registry, ClusterNode node) {
    HealthChecks live = HealthChecks.create(vertx).register("event-loop", promise -> promise.complete(Status.OK()));
    HealthChecks ready = HealthChecks.create(vertx)
        .register("chat", promise -> promise.complete(server.isServing() ? Status.OK() : Status.KO()));
    if (node != null) {
      ready.register("cluster", ClusterHealthCheck.createProcedure(vertx));
    }
    if (server.storeAvailable() != null) {
      // Reported, not failed on: with the database down guests still chat, and a failed check would take every
      // instance out of its Service at once.
      ready.register("store", promise -> promise.complete(
          Status.OK(new JsonObject().put("available", server.storeAvailable()))));
    }
    Router router = Router.router(vertx);
    router.get("/health/live").handler(HealthCheckHandler.createWithHealthChecks(live));
    router.get("/health/ready").handler(HealthCheckHandler.createWithHealthChecks(ready));
    router.get("/metrics").handler(PrometheusScrapingHandler.create(registry));
    return vertx.createHttpServer(new HttpServerOptions().setHost(config.host()).setPort(config.port()))
        .requestHandler(router)
        .listen()
        .map(OpsServer::new);
  }

  public int port() {
    return http.actualPort();
  }

  public Future<Void> close() {
    return http.close();
  }
}

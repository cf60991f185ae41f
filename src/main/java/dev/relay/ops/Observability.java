package dev.relay.ops;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.vertx.core.VertxOptions;
import io.vertx.micrometer.MicrometerMetricsFactory;
import io.vertx.micrometer.MicrometerMetricsOptions;

/**
 * One Prometheus registry per instance, shared by Vert.x (event bus, net server, pools), the JVM meters
 * and {@link RelayMetrics}; Vert.x must be built with it from the start.
 */
public final class Observability {

  private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final RelayMetrics metrics = new RelayMetrics(registry);

  public PrometheusMeterRegistry registry() {
    return registry;
  }

  public RelayMetrics metrics() {
    return metrics;
  }

  /**
   * Options that turn Vert.x's and the JVM's meters on, and Netty's epoll transport where it is available
   * (Linux x86_64 and aarch64; elsewhere Vert.x falls back to NIO): about 12 % more fan-out and 0.4 KB less heap per
   * connection than NIO in docs/PERFORMANCE.md's runs. {@code eventLoops} is the listener loops' count: the hub
   * and everything else share those loops rather than waking threads of their own (docs/PERFORMANCE.md, "Threads and cores").
   */
  public VertxOptions vertxOptions(int eventLoops) {
    return new VertxOptions().setPreferNativeTransport(true).setEventLoopPoolSize(eventLoops)
        .setMetricsOptions(new MicrometerMetricsOptions().setEnabled(true).setJvmMetricsEnabled(true));
  }

  /** Hands {@link #registry} to Vert.x. */
  public MicrometerMetricsFactory metricsFactory() {
    return new MicrometerMetricsFactory(registry);
  }
}

package dev.relay.edge;

/**
 * Everything the chat server of one instance runs with, validated once at start-up.
 *
 * @param host                 interface the chat port binds to
 * @param port                 chat port; 0 picks a free one
 * @param instances            listener verticles, one per event loop
 * @param limits               the bounds kept on clients
 * @param tls                  the TLS listener, or null for none
 * @param shutdownGraceSeconds how long a stopping instance waits for clients to take their last output
 * @param keepaliveIdleSeconds silence on a chat connection before TCP keepalive probes start; 0 turns keepalive off
 * @param proxyProtocol        whether every chat connection starts with a PROXY protocol header naming the client
 */
public record ServerConfig(String host, int port, int instances, Limits limits, TlsConfig tls, int shutdownGraceSeconds,
    int keepaliveIdleSeconds, boolean proxyProtocol) {

  public static final int DEFAULT_PORT = 5000;
  public static final String DEFAULT_HOST = "0.0.0.0";

  public ServerConfig {
    Limits.require(port >= 0 && port <= 65535, "port must be 0-65535, got " + port);
    Limits.require(instances >= 1, "instances must be at least 1, got " + instances);
    Limits.require(shutdownGraceSeconds >= 0, "shutdown grace must be 0 or more seconds");
    Limits.require(keepaliveIdleSeconds >= 0 && keepaliveIdleSeconds <= Keepalive.MAX_IDLE_SECONDS,
        "keepalive.idleSeconds must be 0-" + Keepalive.MAX_IDLE_SECONDS + ", got " + keepaliveIdleSeconds);
  }

  /**
   * One listener loop per two cores, at least one: a loop spends most of a fan-out in the kernel's TCP stack, whose
   * other half (receiving, acknowledgements, and on a real network the interrupts) needs cores too, as do the
   * collector and the compiler. On 2 cores one loop delivered more than two did, at less CPU per delivery
   * (docs/PERFORMANCE.md, "Where the time went").
   */
  public static int defaultListenerLoops() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  }

  public static ServerConfig defaults() {
    return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, defaultListenerLoops(), Limits.DEFAULTS,
        null, 10, 120, false);
  }

  public ServerConfig withHost(String newHost) {
    return new ServerConfig(newHost, port, instances, limits, tls, shutdownGraceSeconds, keepaliveIdleSeconds,
        proxyProtocol);
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(host, newPort, instances, limits, tls, shutdownGraceSeconds, keepaliveIdleSeconds,
        proxyProtocol);
  }

  public ServerConfig withInstances(int n) {
    return new ServerConfig(host, port, n, limits, tls, shutdownGraceSeconds, keepaliveIdleSeconds, proxyProtocol);
  }

  public ServerConfig withLimits(Limits newLimits) {
    return new ServerConfig(host, port, instances, newLimits, tls, shutdownGraceSeconds, keepaliveIdleSeconds,
        proxyProtocol);
  }

  public ServerConfig withTls(TlsConfig newTls) {
    return new ServerConfig(host, port, instances, limits, newTls, shutdownGraceSeconds, keepaliveIdleSeconds,
        proxyProtocol);
  }

  public ServerConfig withShutdownGrace(int seconds) {
    return new ServerConfig(host, port, instances, limits, tls, seconds, keepaliveIdleSeconds, proxyProtocol);
  }

  public ServerConfig withKeepaliveIdle(int seconds) {
    return new ServerConfig(host, port, instances, limits, tls, shutdownGraceSeconds, seconds, proxyProtocol);
  }

  public ServerConfig withProxyProtocol(boolean on) {
    return new ServerConfig(host, port, instances, limits, tls, shutdownGraceSeconds, keepaliveIdleSeconds, on);
  }

  public ServerConfig withMaxLineBytes(int n) {
    return withLimits(limits.withMaxLineBytes(n));
  }

  public ServerConfig withMaxOutputBytes(int n) {
    return withLimits(limits.withMaxOutputBytes(n));
  }

  public ServerConfig withFlood(double linesPerSecond, int burst) {
    return withLimits(limits.withFlood(linesPerSecond, burst));
  }
}

package dev.relay.server;

/**
 * Every setting the chat server runs with, validated once at start-up.
 *
 * @param host                interface the chat port binds to
 * @param port                chat port; 0 picks a free one
 * @param instances           listener verticles, one per event loop
 * @param maxLineBytes        longest accepted input line, CRLF excluded
 * @param maxOutputBytes      output a member may have pending before it is disconnected as a slow consumer
 * @param floodLinesPerSecond sustained input lines per second per connection; 0 turns flood control off
 * @param floodBurst          lines a connection may send at once before flood control slows it
 */
public record ServerConfig(
    String host,
    int port,
    int instances,
    int maxLineBytes,
    int maxOutputBytes,
    double floodLinesPerSecond,
    int floodBurst) {

  public static final int DEFAULT_PORT = 5000;
  public static final String DEFAULT_HOST = "0.0.0.0";
  public static final int DEFAULT_MAX_LINE_BYTES = 4096;
  public static final int DEFAULT_MAX_OUTPUT_BYTES = 1024 * 1024;
  public static final double DEFAULT_FLOOD_LINES_PER_SECOND = 10;
  public static final int DEFAULT_FLOOD_BURST = 20;

  public ServerConfig {
    require(port >= 0 && port <= 65535, "port must be 0-65535, got " + port);
    require(instances >= 1, "instances must be at least 1, got " + instances);
    require(maxLineBytes >= 64, "max line bytes must be at least 64, got " + maxLineBytes);
    require(maxOutputBytes >= maxLineBytes, "max output bytes must be at least the max line bytes");
    require(floodLinesPerSecond >= 0, "flood rate must be 0 (off) or positive");
    require(floodBurst >= 1, "flood burst must be at least 1, got " + floodBurst);
  }

  public static ServerConfig defaults() {
    return new ServerConfig(DEFAULT_HOST, DEFAULT_PORT, Runtime.getRuntime().availableProcessors(),
        DEFAULT_MAX_LINE_BYTES, DEFAULT_MAX_OUTPUT_BYTES, DEFAULT_FLOOD_LINES_PER_SECOND, DEFAULT_FLOOD_BURST);
  }

  public ServerConfig withHost(String newHost) {
    return new ServerConfig(newHost, port, instances, maxLineBytes, maxOutputBytes, floodLinesPerSecond, floodBurst);
  }

  public ServerConfig withPort(int newPort) {
    return new ServerConfig(host, newPort, instances, maxLineBytes, maxOutputBytes, floodLinesPerSecond, floodBurst);
  }

  public ServerConfig withInstances(int n) {
    return new ServerConfig(host, port, n, maxLineBytes, maxOutputBytes, floodLinesPerSecond, floodBurst);
  }

  public ServerConfig withMaxLineBytes(int n) {
    return new ServerConfig(host, port, instances, n, maxOutputBytes, floodLinesPerSecond, floodBurst);
  }

  public ServerConfig withMaxOutputBytes(int n) {
    return new ServerConfig(host, port, instances, maxLineBytes, n, floodLinesPerSecond, floodBurst);
  }

  public ServerConfig withFlood(double linesPerSecond, int burst) {
    return new ServerConfig(host, port, instances, maxLineBytes, maxOutputBytes, linesPerSecond, burst);
  }

  public boolean floodControlEnabled() {
    return floodLinesPerSecond > 0;
  }

  private static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}

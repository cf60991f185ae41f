package dev.relay.edge;

/**
 * The bounds one instance keeps on its clients.
 *
 * @param maxLineBytes              longest accepted input line, CRLF excluded
 * @param maxOutputBytes            output a member may have pending before it is disconnected as a slow consumer
 * @param floodLinesPerSecond       sustained input lines per second per connection; 0 turns flood control off
 * @param floodBurst                lines a connection may send at once before flood control slows it
 * @param maxConnections            connections this instance accepts at once; 0 means no limit
 * @param maxConnectionsPerIp       connections one client address may hold at once; 0 means no limit
 * @param handshakeTimeoutSeconds   time a connection has to choose an alias; 0 means no limit
 * @param proxyHeaderTimeoutSeconds with the PROXY protocol on, silence allowed before a connection's header is complete
 */
public record Limits(
    int maxLineBytes,
    int maxOutputBytes,
    double floodLinesPerSecond,
    int floodBurst,
    int maxConnections,
    int maxConnectionsPerIp,
    int handshakeTimeoutSeconds,
    int proxyHeaderTimeoutSeconds) {

  public static final Limits DEFAULTS = new Limits(4096, 1024 * 1024, 10, 20, 20_000, 100, 30, 10);

  public Limits {
    require(maxLineBytes >= 64, "max line bytes must be at least 64, got " + maxLineBytes);
    require(maxOutputBytes >= maxLineBytes, "max output bytes must be at least the max line bytes");
    require(floodLinesPerSecond >= 0, "flood rate must be 0 (off) or positive");
    require(floodBurst >= 1, "flood burst must be at least 1, got " + floodBurst);
    require(maxConnections >= 0, "max connections must be 0 (no limit) or positive");
    require(maxConnectionsPerIp >= 0, "max connections per IP must be 0 (no limit) or positive");
    require(handshakeTimeoutSeconds >= 0, "handshake timeout must be 0 (none) or positive");
    require(proxyHeaderTimeoutSeconds >= 1,
        "PROXY header timeout must be at least 1 s, got " + proxyHeaderTimeoutSeconds);
  }

  public boolean floodControlEnabled() {
    return floodLinesPerSecond > 0;
  }

  public Limits withMaxLineBytes(int n) {
    return new Limits(n, maxOutputBytes, floodLinesPerSecond, floodBurst, maxConnections, maxConnectionsPerIp,
        handshakeTimeoutSeconds, proxyHeaderTimeoutSeconds);
  }

  public Limits withMaxOutputBytes(int n) {
    return new Limits(maxLineBytes, n, floodLinesPerSecond, floodBurst, maxConnections, maxConnectionsPerIp,
        handshakeTimeoutSeconds, proxyHeaderTimeoutSeconds);
  }

  public Limits withFlood(double linesPerSecond, int burst) {
    return new Limits(maxLineBytes, maxOutputBytes, linesPerSecond, burst, maxConnections, maxConnectionsPerIp,
        handshakeTimeoutSeconds, proxyHeaderTimeoutSeconds);
  }

  public Limits withConnections(int total, int perIp) {
    return new Limits(maxLineBytes, maxOutputBytes, floodLinesPerSecond, floodBurst, total, perIp,
        handshakeTimeoutSeconds, proxyHeaderTimeoutSeconds);
  }

  public Limits withHandshakeTimeout(int seconds) {
    return new Limits(maxLineBytes, maxOutputBytes, floodLinesPerSecond, floodBurst, maxConnections,
        maxConnectionsPerIp, seconds, proxyHeaderTimeoutSeconds);
  }

  public Limits withProxyHeaderTimeout(int seconds) {
    return new Limits(maxLineBytes, maxOutputBytes, floodLinesPerSecond, floodBurst, maxConnections,
        maxConnectionsPerIp, handshakeTimeoutSeconds, seconds);
  }

  static void require(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}

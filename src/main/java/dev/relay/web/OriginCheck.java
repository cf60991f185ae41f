package dev.relay.web;

import io.vertx.core.net.HostAndPort;
import java.util.List;
import java.util.Locale;

/**
 * Which pages may open the web port's WebSocket: its own (the origin the browser asked for, scheme and host) and the
 * configured ones. A browser always sends {@code Origin} with a WebSocket; its absence means no browser, and a
 * foreign one a page of another site riding on the user's network position (cross-site WebSocket hijacking).
 */
final class OriginCheck {

  private final List<String> allowed;

  OriginCheck(List<String> allowedOrigins) {
    this.allowed = allowedOrigins.stream().map(OriginCheck::normal).toList();
  }

  boolean allows(String origin, String scheme, HostAndPort authority) {
    if (origin == null || authority == null) {
      return false;
    }
    String given = normal(origin);
    return given.equals(own(scheme, authority)) || allowed.contains(given);
  }

  private static String own(String scheme, HostAndPort authority) {
    String base = normal(scheme) + "://" + normal(authority.host());
    int port = authority.port();
    boolean defaultPort = port < 0 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
    return defaultPort ? base : base + ":" + port;
  }

  private static String normal(String text) {
    String lower = text.strip().toLowerCase(Locale.ROOT);
    return lower.endsWith("/") ? lower.substring(0, lower.length() - 1) : lower;
  }
}

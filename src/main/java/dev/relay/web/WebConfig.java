package dev.relay.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The public web port (docs/CONFIG.md, {@code web.*}).
 *
 * @param port           the port; 0: no web port
 * @param allowedOrigins origins besides the port's own whose pages may open the WebSocket
 * @param publicUrl      the port's address as users reach it, for links; empty: derived from the host's name
 * @param maxFrameBytes  the largest WebSocket message a browser may send
 */
public record WebConfig(int port, List<String> allowedOrigins, String publicUrl, int maxFrameBytes) {

  public static final WebConfig OFF = new WebConfig(0, List.of(), "", 16_384);

  public WebConfig {
    allowedOrigins = List.copyOf(allowedOrigins);
  }

  public boolean enabled() {
    return port != 0;
  }

  /**
   * The web port as users reach it, for links: {@link #publicUrl} when set, else {@code http(s)://HOST:PORT} with the
   * interface the server listens on, or this machine's name when that is every interface. Looks the name up: call
   * it once, at start-up, off any event loop.
   */
  public String publicBase(String listenHost, boolean tls) {
    if (!publicUrl.isBlank()) {
      String url = publicUrl.strip();
      return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
    String host = listenHost;
    if (host.isBlank() || host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]")) {
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (UnknownHostException e) {
        host = "localhost";
      }
    }
    if (host.contains(":") && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    return (tls ? "https://" : "http://") + host + ":" + port;
  }
}

package dev.relay.web;

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
}

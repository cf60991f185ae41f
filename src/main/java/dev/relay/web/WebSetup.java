package dev.relay.web;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import java.util.function.BiConsumer;

/**
 * What a server's web port needs besides its listeners: its configuration and the routes of the services behind it
 * (uploads and shared files), mounted on each listener's router.
 *
 * @param port   the port; 0 none, a negative number any free one (tests)
 */
public record WebSetup(int port, WebConfig config, BiConsumer<Vertx, Router> routes) {

  public static final WebSetup OFF = new WebSetup(0, WebConfig.OFF, (vertx, router) -> { });

  public static WebSetup of(WebConfig config, BiConsumer<Vertx, Router> routes) {
    return new WebSetup(config.port(), config, routes);
  }

  public boolean enabled() {
    return port != 0;
  }
}

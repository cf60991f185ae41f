package dev.relay.web;

import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.StaticHandler;
import java.util.function.BiConsumer;

/**
 * What the web port serves over plain HTTP: the browser client from the jar's {@code webroot}, under a policy that
 * lets its page load only itself, and whatever {@code more} mounts (uploads and shared files).
 */
public final class WebRoutes {

  /** The client's page: its own scripts, styles and images, its own WebSocket, shared files and pasted images. */
  static final String PAGE_POLICY = "default-src 'self'; connect-src 'self'; img-src 'self' blob: data:; "
      + "style-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'none'";

  private WebRoutes() {
  }

  public static Router router(Vertx vertx, BiConsumer<Vertx, Router> more) {
    Router router = Router.router(vertx);
    more.accept(vertx, router);
    // Browsers revalidate on every load (a 304 at most): a new jar never leaves an old client running.
    router.route().handler(WebRoutes::pageHeaders).handler(StaticHandler.create("webroot").setMaxAgeSeconds(0));
    return router;
  }

  private static void pageHeaders(RoutingContext context) {
    context.response().putHeader("Content-Security-Policy", PAGE_POLICY)
        .putHeader("X-Content-Type-Options", "nosniff")
        .putHeader("Referrer-Policy", "no-referrer");
    context.next();
  }
}

package dev.relay.edge;

import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler.Sharable;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.haproxy.HAProxyMessageDecoder;
import io.vertx.core.Future;
import io.vertx.core.net.NetServer;
import java.lang.reflect.Field;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Logs once, with the peer's address, each chat connection that Vert.x closes for want of a valid PROXY
 * protocol header (missing, malformed, or stalled past the header timeout).
 *
 * <p>Vert.x decodes the header before Relay sees the socket: a malformed header closes the connection and
 * reaches the server's exception handler without the peer's address, and a late one closes it without a word.
 * So a handler goes first in each accepted channel's pipeline, ahead of Vert.x's decoder. If the channel closes
 * while the decoder is still there, the header never came; once the decoder has removed itself (the header was
 * read), the handler removes itself as well, so an admitted connection carries nothing extra. The handler is
 * put in place by another on the listening channel, which Vert.x 5.0 exposes only through its internals, hence
 * reflection. Where those differ (another Vert.x version), such connections are still closed, only without a
 * log line; {@link #describe} says so at start, and {@code ProxyProtocolTest} fails.
 *
 * <p>Thread safety: the handlers keep no state; they run on the acceptor and channel event loops.
 */
final class ProxyRefusals {

  private static final Logger LOG = LoggerFactory.getLogger(ProxyRefusals.class);
  private static final String SERVER = "io.vertx.core.net.impl.NetServerImpl";
  private static final String NAME = "relay-proxy-refusals";

  private final Field actualServer;
  private final Field bindFuture;
  private final String unavailableBecause;
  private final HeaderWatch headerWatch;
  private final AcceptWatch acceptWatch = new AcceptWatch();

  private ProxyRefusals(Field actualServer, Field bindFuture, String unavailableBecause, int timeoutSeconds) {
    this.actualServer = actualServer;
    this.bindFuture = bindFuture;
    this.unavailableBecause = unavailableBecause;
    this.headerWatch = new HeaderWatch(timeoutSeconds);
  }

  /** Finds the Vert.x internals once; never throws. */
  static ProxyRefusals probe(int timeoutSeconds) {
    try {
      Class<?> server = Class.forName(SERVER);
      Field actual = server.getDeclaredField("actualServer");
      Field bound = server.getDeclaredField("bindFuture");
      if (actual.getType() != server || bound.getType() != Future.class) {
        return new ProxyRefusals(null, null, SERVER + " has other fields", timeoutSeconds);
      }
      actual.setAccessible(true);
      bound.setAccessible(true);
      return new ProxyRefusals(actual, bound, null, timeoutSeconds);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return new ProxyRefusals(null, null, e.toString(), timeoutSeconds);
    }
  }

  boolean available() {
    return unavailableBecause == null;
  }

  /** For the start-up log line. */
  String describe() {
    return available() ? "PROXY protocol on"
        : "PROXY protocol on, connections without a header closed unlogged (" + unavailableBecause + ")";
  }

  /**
   * Watches the connections a listening server accepts from now on; returns whether it could. Servers that share
   * a port share the listening channel, so watching one of them watches them all.
   */
  boolean watch(NetServer server) {
    if (!available()) {
      return false;
    }
    try {
      Future<?> bound = (Future<?>) bindFuture.get(actualServer.get(server));
      if (bound == null || !(bound.result() instanceof Channel listening)) {
        LOG.warn("Cannot watch for connections without a PROXY header: the server is not listening");
        return false;
      }
      ChannelPipeline pipeline = listening.pipeline();
      if (pipeline.get(NAME) == null) {
        pipeline.addFirst(NAME, acceptWatch);
      }
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn("Cannot watch for connections without a PROXY header; they are closed unlogged", e);
      return false;
    }
  }

  /** On the listening channel: each accepted channel gets the header watch ahead of everything Vert.x adds. */
  @Sharable
  private final class AcceptWatch extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (msg instanceof Channel accepted) {
        accepted.pipeline().addFirst(NAME, headerWatch);
      }
      ctx.fireChannelRead(msg);
    }
  }

  @Sharable
  private static final class HeaderWatch extends ChannelInboundHandlerAdapter {

    private final int timeoutSeconds;

    HeaderWatch(int timeoutSeconds) {
      this.timeoutSeconds = timeoutSeconds;
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      ctx.fireChannelRead(msg);
      if (headerRead(ctx)) {
        ctx.pipeline().remove(this);
      }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      if (!headerRead(ctx)) {
        LOG.info("Closed a connection from {}: no valid PROXY header (it must come first, within {} s)",
            address(ctx.channel().remoteAddress()), timeoutSeconds);
      }
      ctx.fireChannelInactive();
    }

    private static boolean headerRead(ChannelHandlerContext ctx) {
      return ctx.pipeline().get(HAProxyMessageDecoder.class) == null;
    }

    private static String address(SocketAddress address) {
      return address instanceof InetSocketAddress inet && inet.getAddress() != null
          ? inet.getAddress().getHostAddress() + ":" + inet.getPort()
          : String.valueOf(address);
    }
  }
}

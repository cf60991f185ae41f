package dev.relay.edge;

import io.netty.channel.Channel;
import io.netty.channel.ChannelConfig;
import io.netty.channel.ChannelException;
import io.netty.channel.ChannelOption;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.socket.nio.NioChannelOption;
import io.vertx.core.internal.net.NetSocketInternal;
import io.vertx.core.net.NetSocket;
import jdk.net.ExtendedSocketOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns on TCP keepalive, with Relay's timing, on a chat socket, so that a load balancer that drops idle flows
 * (AWS NLB after 350 s, Azure after 4 min) sees traffic on a quiet connection, and a peer that vanished is
 * noticed and its connection closed. The line protocol itself stays silent.
 *
 * <p>{@code NetServerOptions} offers only SO_KEEPALIVE, which leaves the operating system's idle time (7200 s on
 * Linux), so the options are set on the Netty channel behind the socket: epoll's own options under the native
 * transport, the JDK's extended socket options under NIO.
 *
 * <p>Contract: {@link #apply} is called on the socket's event loop. One instance per listener, confined to its
 * event loop.
 */
final class Keepalive {

  /** Linux refuses a larger TCP_KEEPIDLE. */
  static final int MAX_IDLE_SECONDS = 32_767;

  /**
   * An unanswered probe is repeated every 30 s, and 4 unanswered drop the connection: a vanished peer holds its
   * slot (the per-address limit) for 2 minutes past the idle time, while one on a lossy path gets several
   * chances, and the repeats stay well inside the load balancers' idle timeouts. The description of
   * {@code keepalive.idleSeconds} (config.Settings, docs/CONFIG.md) states these two numbers.
   */
  static final int INTERVAL_SECONDS = 30;
  static final int PROBES = 4;

  private static final Logger LOG = LoggerFactory.getLogger(Keepalive.class);
  private static final ChannelOption<Integer> NIO_IDLE = NioChannelOption.of(ExtendedSocketOptions.TCP_KEEPIDLE);
  private static final ChannelOption<Integer> NIO_INTERVAL =
      NioChannelOption.of(ExtendedSocketOptions.TCP_KEEPINTERVAL);
  private static final ChannelOption<Integer> NIO_PROBES = NioChannelOption.of(ExtendedSocketOptions.TCP_KEEPCOUNT);

  private final int idleSeconds;
  private boolean warned;

  /** @param idleSeconds silence before the first probe, 0-{@link #MAX_IDLE_SECONDS}; 0 leaves keepalive off */
  Keepalive(int idleSeconds) {
    this.idleSeconds = idleSeconds;
  }

  /** Turns keepalive on for the socket; where the transport does not allow it, warns once and leaves it off. */
  void apply(NetSocket socket) {
    if (idleSeconds == 0 || !(socket instanceof NetSocketInternal internal)) {
      return;
    }
    Channel channel = internal.channelHandlerContext().channel();
    try {
      if (!(timing(channel) && channel.config().setOption(ChannelOption.SO_KEEPALIVE, true))) {
        warnOnce(channel.getClass().getSimpleName() + " does not take the keepalive options");
      }
    } catch (ChannelException e) {
      warnOnce(e.toString());
    }
  }

  /** For the start-up log line. */
  String describe() {
    return idleSeconds == 0 ? "TCP keepalive off"
        : "TCP keepalive after " + idleSeconds + " s idle (unanswered probes every " + INTERVAL_SECONDS + " s, "
            + PROBES + " at most)";
  }

  private boolean timing(Channel channel) {
    ChannelConfig config = channel.config();
    if (channel instanceof EpollSocketChannel) {
      return config.setOption(EpollChannelOption.TCP_KEEPIDLE, idleSeconds)
          && config.setOption(EpollChannelOption.TCP_KEEPINTVL, INTERVAL_SECONDS)
          && config.setOption(EpollChannelOption.TCP_KEEPCNT, PROBES);
    }
    return config.setOption(NIO_IDLE, idleSeconds)
        && config.setOption(NIO_INTERVAL, INTERVAL_SECONDS)
        && config.setOption(NIO_PROBES, PROBES);
  }

  private void warnOnce(String reason) {
    if (!warned) {
      warned = true;
      LOG.warn("Chat connections get no TCP keepalive, so idle ones may be cut by load balancers: {}", reason);
    }
  }
}

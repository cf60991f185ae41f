package dev.relay.irc;

import io.vertx.core.Vertx;

/**
 * Keeps an IRC connection honest: once a period passes in which the client sent nothing, the server sends PING;
 * if the next period passes without a word either, the client is gone. Anything the client sends counts.
 *
 * <p>Confined to the listener's event loop, like its connection.
 */
final class IrcPing {

  private final Vertx vertx;
  private final long periodMillis;
  private final Runnable ping;
  private final Runnable timedOut;
  private long timer = -1;
  private boolean heard;
  private boolean pinged;

  IrcPing(Vertx vertx, int periodSeconds, Runnable ping, Runnable timedOut) {
    this.vertx = vertx;
    this.periodMillis = periodSeconds * 1000L;
    this.ping = ping;
    this.timedOut = timedOut;
  }

  void start() {
    timer = vertx.setPeriodic(periodMillis, t -> tick());
  }

  void heard() {
    heard = true;
  }

  void stop() {
    vertx.cancelTimer(timer);
  }

  private void tick() {
    if (heard) {
      heard = false;
      pinged = false;
    } else if (!pinged) {
      pinged = true;
      ping.run();
    } else {
      stop();
      timedOut.run();
    }
  }
}

package dev.relay.edge;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.net.NetSocketInternal;
import io.vertx.core.net.NetSocket;

/** A chat port's TCP socket: output goes to the channel as it is. */
final class SocketTransport implements Transport {

  private final NetSocket socket;

  SocketTransport(NetSocket socket) {
    this.socket = socket;
  }

  NetSocket socket() {
    return socket;
  }

  @Override
  public String clientAddress() {
    return socket.remoteAddress().hostAddress();
  }

  @Override
  public ChannelHandlerContext channel() {
    return ((NetSocketInternal) socket).channelHandlerContext();
  }

  @Override
  public Object message(ByteBuf output) {
    return output;
  }

  @Override
  public void handlers(Handler<Buffer> data, Handler<Void> closed, Handler<Throwable> error) {
    socket.handler(data);
    socket.closeHandler(closed);
    socket.exceptionHandler(error);
  }

  @Override
  public void shutdownHandler(Handler<Void> shuttingDown) {
    socket.shutdownHandler(shuttingDown);
  }

  @Override
  public void pause() {
    socket.pause();
  }

  @Override
  public void resume() {
    socket.resume();
  }

  @Override
  public Future<Void> write(Buffer bytes) {
    return socket.write(bytes);
  }

  @Override
  public Future<Void> close() {
    return socket.close();
  }
}

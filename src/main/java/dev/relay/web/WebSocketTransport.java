package dev.relay.web;

import dev.relay.edge.Transport;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.internal.http.WebSocketInternal;

/**
 * A browser's WebSocket on the web port: a turn's output is one text message (its JSON objects one per line), and
 * the client's data arrives one whole text message at a time. A binary message is not the web dialect: the
 * connection is closed with 1003.
 */
final class WebSocketTransport implements Transport {

  static final short UNSUPPORTED_DATA = 1003;

  private final ServerWebSocket socket;

  WebSocketTransport(ServerWebSocket socket) {
    this.socket = socket;
  }

  @Override
  public String clientAddress() {
    return socket.remoteAddress().hostAddress();
  }

  @Override
  public ChannelHandlerContext channel() {
    return ((WebSocketInternal) socket).channelHandlerContext();
  }

  @Override
  public Object message(ByteBuf output) {
    return new TextWebSocketFrame(output);
  }

  @Override
  public void handlers(Handler<Buffer> data, Handler<Void> closed, Handler<Throwable> error) {
    socket.textMessageHandler(text -> data.handle(Buffer.buffer(text)));
    socket.binaryMessageHandler(binary -> socket.close(UNSUPPORTED_DATA, "text messages only"));
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
    return socket.writeTextMessage(bytes.toString());
  }

  @Override
  public Future<Void> close() {
    return socket.close();
  }
}

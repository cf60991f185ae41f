package dev.relay.edge;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;

/**
 * How one client's bytes come and go: a TCP socket of a chat port, or a browser's WebSocket. The edge writes a turn's
 * output straight to {@link #channel()} as one {@link #message}, and everything else through Vert.x.
 *
 * <p>Confined to the connection's event loop, like the {@link EdgeConnection} that owns it.
 */
public interface Transport {

  /** The client's address, as the connection limits count it. */
  String clientAddress();

  /** The Netty channel handler the connection's output is written to. */
  ChannelHandlerContext channel();

  /** What the channel is given for one batch of output: the bytes themselves, or a frame holding them. */
  Object message(ByteBuf output);

  /** Sets what handles the client's data (for a WebSocket, one whole message per call), its close and errors. */
  void handlers(Handler<Buffer> data, Handler<Void> closed, Handler<Throwable> error);

  /** What runs when the server starts its graceful shutdown of this connection's port. */
  void shutdownHandler(Handler<Void> shuttingDown);

  void pause();

  void resume();

  /** Writes through Vert.x: last words and refusals, which are ordered after the queued output. */
  Future<Void> write(Buffer bytes);

  /** Closes once what is written is sent. */
  Future<Void> close();
}

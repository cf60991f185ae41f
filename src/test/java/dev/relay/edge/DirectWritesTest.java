package dev.relay.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetSocket;
import io.vertx.junit5.VertxExtension;
import java.io.DataInputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sockets that write straight to their channel ({@link DirectWrites}), over real loopback sockets. */
@ExtendWith(VertxExtension.class)
class DirectWritesTest {

  private static final int CHUNKS = 256;
  private static final int CHUNK_BYTES = 64 * 1024;

  /** Fails when a Vert.x upgrade moves the internals; then sockets silently keep the 4.7 KB queue. */
  @Test
  void theVertxInTheBuildAllowsDirectWrites() {
    DirectWrites directWrites = DirectWrites.probe();
    assertThat(directWrites.available()).isTrue();
    assertThat(directWrites.describe()).isEqualTo("direct socket writes");
  }

  /**
   * 16 MiB written in one go to a client that has not started reading (with a small receive window): the socket must report itself full,
   * call its drain handler once the client catches up, and deliver every byte in order.
   */
  @Test
  void aSocketWithDirectWritesFillsDrainsAndDeliversEverythingInOrder(Vertx vertx) throws Exception {
    Promise<Boolean> applied = Promise.promise();
    Promise<Boolean> wasFull = Promise.promise();
    Promise<Void> drained = Promise.promise();
    DirectWrites directWrites = DirectWrites.probe();
    NetServer server = vertx.createNetServer().connectHandler(socket -> {
      applied.complete(directWrites.apply(socket));
      writeAll(socket);
      wasFull.complete(socket.writeQueueFull());
      socket.drainHandler(v -> drained.tryComplete());
    });
    int port = server.listen(0, "127.0.0.1").await(10, TimeUnit.SECONDS).actualPort();

    try (Socket client = new Socket()) {
      client.setReceiveBufferSize(CHUNK_BYTES);
      client.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      assertThat(applied.future().await(10, TimeUnit.SECONDS)).isTrue();
      assertThat(wasFull.future().await(10, TimeUnit.SECONDS)).isTrue();
      DataInputStream in = new DataInputStream(client.getInputStream());
      byte[] chunk = new byte[CHUNK_BYTES];
      ByteBuffer words = ByteBuffer.wrap(chunk);
      int expected = 0;
      for (int i = 0; i < CHUNKS; i++) {
        in.readFully(chunk);
        for (int at = 0; at < CHUNK_BYTES; at += Integer.BYTES, expected++) {
          if (words.getInt(at) != expected) {
            fail("word " + expected + " arrived as " + words.getInt(at));
          }
        }
      }
      drained.future().await(10, TimeUnit.SECONDS);
    } finally {
      server.close().await(10, TimeUnit.SECONDS);
    }
  }

  @Test
  void aSocketClosedByTheServerEndsTheStreamAfterWhatWasWritten(Vertx vertx) throws Exception {
    DirectWrites directWrites = DirectWrites.probe();
    NetServer server = vertx.createNetServer().connectHandler(socket -> {
      directWrites.apply(socket);
      socket.write(Buffer.buffer().appendInt(7)).eventually(socket::close);
    });
    int port = server.listen(0, "127.0.0.1").await(10, TimeUnit.SECONDS).actualPort();
    try (Socket client = new Socket(InetAddress.getLoopbackAddress(), port)) {
      DataInputStream in = new DataInputStream(client.getInputStream());
      assertThat(in.readInt()).isEqualTo(7);
      assertThat(in.read()).isEqualTo(-1);
    } finally {
      server.close().await(10, TimeUnit.SECONDS);
    }
  }

  private static void writeAll(NetSocket socket) {
    int next = 0;
    for (int chunk = 0; chunk < CHUNKS; chunk++) {
      Buffer buffer = Buffer.buffer(CHUNK_BYTES);
      for (int word = 0; word < CHUNK_BYTES / Integer.BYTES; word++) {
        buffer.appendInt(next++);
      }
      socket.write(buffer);
    }
  }
}

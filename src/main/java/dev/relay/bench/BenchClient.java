package dev.relay.bench;

import io.vertx.core.AsyncResult;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetSocket;

/**
 * One connection of the bench. It connects, goes through the dialect's handshake and into its room, then
 * hands the text of every room message to its reader and answers PINGs. Everything after {@link #open}
 * runs on the connection's loop; {@link #open}'s future completes there once the client is in its room.
 */
final class BenchClient {

  /**
   * Takes the text of each room message, {@code line[from, to)}, valid only during the call, and the
   * {@code System.nanoTime()} when the read that brought it returned.
   */
  interface Reader {
    void chat(byte[] line, int from, int to, long receivedNanos);
  }

  private static final Reader NOBODY = (line, from, to, receivedNanos) -> { };

  private final String alias;
  private final String room;
  private final Target target;
  private final Dialect dialect;
  private final NetClient net;
  private final Loop loop;
  private final Reader reader;
  private final int maxLineBytes;
  private final LineScanner scanner;
  private final Promise<Void> ready = Promise.promise();
  private NetSocket socket;
  private boolean aliasSent;
  /** Whether {@link #ready} succeeded; read for every line, so kept in a plain field. */
  private boolean inRoom;
  private long receivedNanos;

  /**
   * @param room   the room to join after registering, or null to stay where registration puts the client
   * @param reader who reads the room messages, or null for nobody
   */
  BenchClient(String alias, String room, Target target, Dialect dialect, NetClient net, Loop loop, Reader reader,
      int maxLineBytes) {
    this.alias = alias;
    this.room = room;
    this.target = target;
    this.dialect = dialect;
    this.net = net;
    this.loop = loop;
    this.reader = reader == null ? NOBODY : reader;
    this.maxLineBytes = maxLineBytes;
    this.scanner = new LineScanner(maxLineBytes, this::line);
  }

  /** Connects on the client's loop; completes once the client is registered and in its room. */
  Future<Void> open() {
    loop.later(() -> net.connect(target.port(), target.host()).onComplete(this::connected));
    return ready.future();
  }

  void write(Buffer data) {
    socket.write(data);
  }

  boolean writeQueueFull() {
    return socket.writeQueueFull();
  }

  void onDrain(Runnable task) {
    socket.drainHandler(v -> task.run());
  }

  private void connected(AsyncResult<NetSocket> connect) {
    if (connect.failed()) {
      String reason = String.valueOf(connect.cause().getMessage());
      ready.tryFail(new BenchFailure(reason.contains(target.host()) ? "cannot connect: " + reason
          : "cannot connect to " + target + ": " + reason));
      return;
    }
    socket = connect.result();
    socket.handler(this::received);
    socket.closeHandler(v -> closed());
    socket.exceptionHandler(e -> refused("connection error: " + e.getMessage()));
    Buffer greeting = dialect.greeting(alias);
    if (greeting.length() > 0) {
      socket.write(greeting);
    }
  }

  /** One clock reading per read: the lines of a chunk all arrived at once, and reading the clock is not free. */
  private void received(Buffer chunk) {
    receivedNanos = System.nanoTime();
    if (!scanner.feed(chunk)) {
      refused("a server line longer than " + maxLineBytes + " bytes");
      socket.close();
    }
  }

  private void line(byte[] bytes, int from, int to) {
    int text = dialect.chatText(bytes, from, to);
    if (text >= 0) {
      if (inRoom) {
        reader.chat(bytes, text, to, receivedNanos);
      }
      return;
    }
    switch (dialect.control(bytes, from, to)) {
      case PROMPT -> answerPrompt();
      case REGISTERED -> registered();
      case JOINED -> enteredRoom();
      case PING -> socket.write(dialect.pong(bytes, from, to));
      case REFUSAL -> refused(LineBytes.text(bytes, from, to));
      case OTHER -> {
      }
    }
  }

  /** A second prompt means the alias was not taken; the refusal before it already failed the handshake. */
  private void answerPrompt() {
    if (!aliasSent) {
      aliasSent = true;
      socket.write(dialect.alias(alias));
    }
  }

  private void registered() {
    if (room != null && dialect.needsJoin(room)) {
      socket.write(dialect.join(room));
    } else {
      enteredRoom();
    }
  }

  /** Once the handshake failed, a late confirmation changes nothing. */
  private void enteredRoom() {
    if (ready.tryComplete()) {
      inRoom = true;
    }
  }

  /** Before the client is in its room a refusal ends the handshake; afterwards it is counted. */
  private void refused(String reason) {
    if (inRoom) {
      loop.tally().serverError(reason);
    } else if (ready.tryFail(new BenchFailure(alias + " on " + target + ": " + reason))) {
      socket.close();
    }
  }

  private void closed() {
    if (inRoom) {
      loop.tally().disconnected();
    } else {
      ready.tryFail(new BenchFailure(alias + " on " + target + ": connection closed during the handshake"));
    }
  }
}

package dev.relay.server;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.DisconnectReason;
import dev.relay.bus.HubRequest;
import dev.relay.bus.MemberId;
import dev.relay.edge.Dialect;
import dev.relay.ops.RelayMetrics;
import dev.relay.protocol.CommandTable;
import dev.relay.protocol.FloodGate;
import dev.relay.protocol.Frame;
import dev.relay.protocol.LineSplitter;
import dev.relay.protocol.LineDialect;
import dev.relay.protocol.Lines;
import dev.relay.protocol.Replies;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.internal.net.NetSocketInternal;
import io.vertx.core.net.NetSocket;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client's line-protocol session: frames its bytes into lines, decodes and parses them, holds the
 * flood gate, and turns what the client asked for into hub requests. The protocol is an adapter at the
 * edge; rooms and aliases belong to the hub.
 *
 * <p>Confined to its listener's event loop. Reading stops (the socket is paused) while a handshake waits
 * for the hub and while the flood gate is closed, so memory stays bounded whatever the client sends.
 */
final class Connection implements CommandDispatch.Session {

  private static final Logger LOG = LoggerFactory.getLogger(Connection.class);

  private enum State { HANDSHAKE, GREETING, CHATTING, LEAVING, CLOSED }

  private final Listener listener;
  private final NetSocket socket;
  private final MemberId id;
  private final String client;
  private final LineSplitter splitter;
  private final FloodGate floodGate;
  private final OutboundQueue output;
  private State state = State.HANDSHAKE;
  private String alias;
  /** The room this connection speaks to; changes as soon as a move is requested, which the hub handles first. */
  private String room;
  /** The room the listener delivers to this connection, as the hub last said. */
  private String deliveredRoom;
  private Frame.Line held;
  private boolean paused;
  private boolean throttled;
  /** Set when the server decides why the connection ends; a close the client causes leaves it null. */
  private DisconnectReason closeReason;
  private long handshakeTimer = -1;
  private boolean aborted;

  Connection(Listener listener, NetSocket socket, MemberId id, String client, LineSplitter splitter,
      FloodGate floodGate, OutboundQueue output) {
    this.listener = listener;
    this.socket = socket;
    this.id = id;
    this.client = client;
    this.splitter = splitter;
    this.floodGate = floodGate;
    this.output = output;
  }

  @Override
  public MemberId id() {
    return id;
  }

  @Override
  public String room() {
    return room;
  }

  @Override
  public void speakTo(String roomKey) {
    room = roomKey;
  }

  @Override
  public void reply(Buffer lines) {
    deliver(lines);
  }

  @Override
  public void toHub(HubRequest request) {
    listener.toHub(request);
  }

  @Override
  public RelayMetrics metrics() {
    return listener.metrics();
  }

  /** The client's address, as the connection limits count it. */
  String client() {
    return client;
  }

  void start() {
    socket.handler(this::onData);
    socket.closeHandler(v -> onClosed());
    socket.exceptionHandler(this::onError);
    socket.shutdownHandler(v -> disconnect(Lines.encode(Replies.shuttingDown()), DisconnectReason.SHUTDOWN));
    int timeout = listener.config().limits().handshakeTimeoutSeconds();
    if (timeout > 0) {
      handshakeTimer = listener.vertx().setTimer(timeout * 1000L,
          t -> abort(DisconnectReason.HANDSHAKE_TIMEOUT, Replies.handshakeTimeout(timeout)));
    }
    LOG.info("[{}] connection from {}", id, client);
    write(Replies.ALIAS_PROMPT);
    socket.resume();
  }

  /** How this connection writes chat events: the line protocol. */
  Dialect dialect() {
    return LineDialect.INSTANCE;
  }

  /** Renders the events in this connection's dialect and queues them. */
  void deliver(List<ChatEvent> events) {
    Buffer out = Buffer.buffer();
    for (ChatEvent event : events) {
      dialect().render(event, out);
    }
    deliver(out);
  }

  /** Queues output; a member whose unread output would pass the limit is disconnected instead. */
  void deliver(Buffer lines) {
    listener.roomBatches().catchUp(this, deliveredRoom);
    deliverRoomLines(lines);
  }

  /** Room lines handed over by {@link RoomBatches}, which keeps their order with everything else. */
  void deliverRoomLines(Buffer lines) {
    if (state != State.CLOSED && !output.offer(lines)) {
      abort(DisconnectReason.SLOW_CONSUMER, Replies.slowConsumer(listener.config().limits().maxOutputBytes()));
    }
  }

  /** The alias is ours; reading resumes once the hub has put us in the lobby ({@link #joined}). */
  void accepted(String newAlias, String lobby) {
    alias = newAlias;
    listener.vertx().cancelTimer(handshakeTimer);
    listener.metrics().handshake();
    deliver(dialect().render(new ChatEvent.Welcome(newAlias, lobby)));
  }

  /** The alias was refused: the reason, and the prompt for another. */
  void refused(ChatEvent.Refused why) {
    state = State.HANDSHAKE;
    deliver(dialect().render(why).appendBuffer(Lines.encode(Replies.ALIAS_PROMPT)));
    process();
  }

  void renamed(String newAlias) {
    alias = newAlias;
  }

  void joined(String roomKey) {
    if (room == null) {
      room = roomKey;
    }
    deliveredRoom = roomKey;
    listener.roomBatches().entering(this, roomKey);
    listener.rooms().add(roomKey, this);
    if (state == State.GREETING) {
      state = State.CHATTING;
      process();
    }
  }

  void parted(String roomKey) {
    if (listener.rooms().in(roomKey).contains(this)) {
      listener.roomBatches().catchUp(this, roomKey);
    }
    listener.rooms().remove(roomKey, this);
    if (roomKey.equals(deliveredRoom)) {
      deliveredRoom = null;
    }
  }

  /**
   * Writes the last lines, then closes once they are written, or after the shutdown grace time if the
   * client does not take them.
   */
  void disconnect(ChatEvent last, DisconnectReason reason) {
    disconnect(dialect().render(last), reason);
  }

  void disconnect(Buffer lines, DisconnectReason reason) {
    if (closeReason == null) {
      closeReason = reason;
    }
    state = State.LEAVING;
    deliver(lines);
    output.flush();
    socket.close();
    long grace = Math.max(1, listener.config().shutdownGraceSeconds()) * 1000L;
    listener.vertx().setTimer(grace, t -> {
      if (state != State.CLOSED) {
        closeNow();
      }
    });
  }

  private void onData(Buffer data) {
    listener.metrics().bytesIn(data.length());
    splitter.feed(data.getBytes());
    process();
  }

  /** Handles the lines read so far, until they run out or something asks to wait. */
  private void process() {
    while (state == State.HANDSHAKE || state == State.CHATTING) {
      if (throttled) {
        pause();
        return;
      }
      Frame frame = held != null ? held : splitter.next();
      held = null;
      if (frame == null) {
        resume();
        return;
      }
      if (frame instanceof Frame.Line line && floodGate != null && !floodGate.tryPass()) {
        held = line;
        throttle();
        return;
      }
      handle(frame);
    }
    pause();
  }

  private void handle(Frame frame) {
    if (frame instanceof Frame.TooLong tooLong) {
      listener.metrics().rejected(RelayMetrics.Rejection.TOO_LONG);
      reject(Replies.lineTooLong(tooLong.limit()));
      return;
    }
    String text = listener.utf8().decode(((Frame.Line) frame).bytes());
    if (text == null) {
      listener.metrics().rejected(RelayMetrics.Rejection.INVALID_UTF8);
      reject(Replies.invalidUtf8());
    } else if (state == State.HANDSHAKE) {
      CommandDispatch.handshake(this, text);
    } else {
      CommandDispatch.chat(this, CommandTable.parse(text));
    }
  }

  @Override
  public void greet(String wanted) {
    state = State.GREETING;
    toHub(new HubRequest.Hello(id, wanted));
  }

  @Override
  public boolean handshaking() {
    return state == State.HANDSHAKE;
  }

  @Override
  public void quit(String reason) {
    if (state == State.HANDSHAKE) {
      disconnect(Lines.encode(Replies.GOODBYE), DisconnectReason.QUIT);
      return;
    }
    closeReason = DisconnectReason.QUIT;
    state = State.LEAVING;
    toHub(new HubRequest.Quit(id, reason));
  }

  /** A line that could not be used: say why, and during the handshake ask for the alias again. */
  @Override
  public void reject(String error) {
    if (state == State.HANDSHAKE) {
      deliver(Lines.encode(List.of(error, Replies.ALIAS_PROMPT)));
    } else {
      write(error);
    }
  }

  private void write(String line) {
    deliver(Lines.encode(line));
  }

  private void throttle() {
    throttled = true;
    pause();
    listener.vertx().setTimer(floodGate.waitMillis(), t -> {
      throttled = false;
      process();
    });
  }

  private void pause() {
    if (!paused) {
      paused = true;
      socket.pause();
    }
  }

  private void resume() {
    if (paused) {
      paused = false;
      socket.resume();
    }
  }

  /**
   * Drops the member with a reason. Deferred to its own task: this may be called while the listener is
   * iterating over a room's members.
   */
  private void abort(DisconnectReason reason, String line) {
    if (state == State.CLOSED || aborted) {
      return;
    }
    aborted = true;
    if (closeReason == null) {
      closeReason = reason;
    }
    output.close();
    LOG.info("[{}] {} disconnected: {}", id, alias == null ? "(no alias)" : alias, line);
    listener.vertx().runOnContext(v -> {
      socket.write(Lines.encode(line));
      closeNow();
    });
  }

  /**
   * NetSocket.close() (and a close through the whole pipeline) waits until pending output is written,
   * which a client that does not read never allows. Closing below Vert.x's handler, as Vert.x does for
   * idle connections, drops that output and frees the connection now.
   */
  private void closeNow() {
    ((NetSocketInternal) socket).channelHandlerContext().close();
  }

  private void onError(Throwable error) {
    if (closeReason == null && error instanceof IOException && String.valueOf(error.getMessage()).contains("reset")) {
      closeReason = DisconnectReason.RESET;
    }
    LOG.debug("[{}] socket error: {}", id, error.toString());
  }

  private void onClosed() {
    boolean wasMember = state != State.HANDSHAKE;
    DisconnectReason reason = closeReason == null ? DisconnectReason.CLOSED : closeReason;
    state = State.CLOSED;
    output.close();
    listener.vertx().cancelTimer(handshakeTimer);
    if (deliveredRoom != null) {
      listener.rooms().remove(deliveredRoom, this);
    }
    listener.forget(this, reason);
    if (wasMember) {
      listener.toHub(new HubRequest.Gone(id, reason.notice()));
    }
  }
}

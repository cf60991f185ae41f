package dev.relay.edge;

import dev.relay.bus.AccountReply;
import dev.relay.bus.AccountRequest;
import dev.relay.bus.Addresses;
import dev.relay.bus.ChatEvent;
import dev.relay.bus.DisconnectReason;
import dev.relay.bus.FileReply;
import dev.relay.bus.FileRequest;
import dev.relay.bus.HubRequest;
import dev.relay.bus.LocalCodec;
import dev.relay.bus.MemberId;
import dev.relay.ops.RelayMetrics;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection at the edge, whatever its dialect: its transport (a TCP socket or a browser's WebSocket),
 * its bounded output, the rooms the listener delivers to it, and how it ends. What the client's bytes mean, and how
 * the hub's events look on its wire, is its {@link Session}'s.
 *
 * <p>Confined to its listener's event loop. The session stops reading ({@link #pauseReading}) while it waits
 * for the hub or the flood gate, so memory stays bounded whatever the client sends.
 */
public final class EdgeConnection {

  private static final Logger LOG = LoggerFactory.getLogger(EdgeConnection.class);

  private enum State { OPEN, LEAVING, CLOSED }

  private final Listener listener;
  private final Transport transport;
  private final MemberId id;
  private final String client;
  private final OutboundQueue output;
  private Session session;
  private State state = State.OPEN;
  /**
   * The rooms the listener delivers to this connection, as the hub last said, in joining order. A list: most
   * members are in one room or a few, and a set would cost an idle connection some 200 bytes more.
   */
  private final List<String> rooms = new ArrayList<>(1);
  private boolean paused;
  /** Set when the server decides why the connection ends; a close the client causes leaves it null. */
  private DisconnectReason closeReason;
  private boolean aborted;

  EdgeConnection(Listener listener, Transport transport, MemberId id, String client, OutboundQueue output) {
    this.listener = listener;
    this.transport = transport;
    this.id = id;
    this.client = client;
    this.output = output;
  }

  void start(Session owner) {
    this.session = owner;
    transport.handlers(data -> {
      listener.metrics().bytesIn(data.length());
      session.onData(data);
    }, v -> onClosed(), this::onError);
    transport.shutdownHandler(v -> disconnect(session.farewell(Session.Farewell.SHUTTING_DOWN, 0),
        DisconnectReason.SHUTDOWN));
    LOG.info("[{}] connection from {}", id, client);
    session.start();
    transport.resume();
  }

  /**
   * Hands the connection to another session, as when the handshake shows the client speaks another dialect
   * than the one it was greeted in; {@code firstBytes}, already read, go to it at once.
   */
  public void become(Session next, Buffer firstBytes) {
    session = next;
    if (firstBytes.length() > 0) {
      next.onData(firstBytes);
    }
  }

  public MemberId id() {
    return id;
  }

  /** The client's address, as the connection limits count it. */
  public String client() {
    return client;
  }

  Listener listener() {
    return listener;
  }

  public ServerConfig config() {
    return listener.config();
  }

  public RelayMetrics metrics() {
    return listener.metrics();
  }

  /** A flood gate for this connection's input as the limits configure it, or null when flood control is off. */
  public FloodGate newFloodGate() {
    Limits limits = config().limits();
    return limits.floodControlEnabled()
        ? new FloodGate(limits.floodLinesPerSecond(), limits.floodBurst(), System::nanoTime)
        : null;
  }

  /** The listener's strict UTF-8 decoder (one per event loop). */
  public StrictUtf8 utf8() {
    return listener.utf8();
  }

  public Vertx vertx() {
    return listener.vertx();
  }

  public Dialect dialect() {
    return session.dialect();
  }

  public void toHub(HubRequest request) {
    listener.toHub(request);
  }

  /** Asks the node's account service; the answer comes back on this connection's event loop. */
  public Future<AccountReply> askAccounts(AccountRequest request) {
    return listener.vertx().eventBus().<AccountReply>request(Addresses.ACCOUNTS, request, LocalCodec.LOCAL)
        .map(Message::body);
  }

  /** Asks the node's file service; the answer comes back on this connection's event loop. */
  public Future<FileReply> askFiles(FileRequest request) {
    return listener.vertx().eventBus().<FileReply>request(Addresses.FILES, request, LocalCodec.LOCAL)
        .map(Message::body);
  }

  /** Renders events for this member alone in its session's wording and queues them. */
  public void deliver(List<ChatEvent> events) {
    Buffer out = Buffer.buffer();
    for (ChatEvent event : events) {
      session.renderPersonal(event, out);
    }
    deliver(out);
  }

  /** The alias the connection chats as, or null before the hub accepted one. */
  String alias() {
    return session.alias();
  }

  /** Queues output; a member whose unread output would pass the limit is disconnected instead. */
  public void deliver(Buffer bytes) {
    for (String room : rooms) {
      listener.roomBatches().catchUp(this, room);
    }
    deliverRoomLines(bytes);
  }

  /** Room events handed over by {@link RoomBatches}, which keeps their order with everything else. */
  void deliverRoomLines(Buffer bytes) {
    if (state != State.CLOSED && !output.offer(bytes)) {
      int limit = listener.config().limits().maxOutputBytes();
      abort(DisconnectReason.SLOW_CONSUMER, session.farewell(Session.Farewell.SLOW_CONSUMER, limit));
    }
  }

  void accepted(String alias, String room) {
    listener.metrics().handshake();
    session.accepted(alias, room);
  }

  void refused(ChatEvent.Refused why) {
    session.refused(why);
  }

  void renamed(String alias) {
    session.renamed(alias);
  }

  void joined(String roomKey) {
    if (!rooms.contains(roomKey)) {
      rooms.add(roomKey);
    }
    listener.roomBatches().entering(this, roomKey);
    listener.rooms().add(roomKey, this);
    session.joined(roomKey);
  }

  void parted(String roomKey) {
    if (listener.rooms().in(roomKey).contains(this)) {
      listener.roomBatches().catchUp(this, roomKey);
    }
    listener.rooms().remove(roomKey, this);
    rooms.remove(roomKey);
    session.parted(roomKey);
  }

  void disconnect(ChatEvent last, DisconnectReason reason) {
    Buffer words = Buffer.buffer();
    session.renderPersonal(last, words);
    disconnect(words, reason);
  }

  /**
   * Writes the last words, then closes once they are written, or after the shutdown grace time if the
   * client does not take them.
   */
  public void disconnect(Buffer last, DisconnectReason reason) {
    endsBecause(reason);
    state = State.LEAVING;
    deliver(last);
    output.flush();
    transport.close();
    long grace = Math.max(1, listener.config().shutdownGraceSeconds()) * 1000L;
    listener.vertx().setTimer(grace, t -> {
      if (state != State.CLOSED) {
        closeNow();
      }
    });
  }

  /** The member asked to leave: its rooms hear {@code reason}, then the hub says goodbye and has it closed. */
  public void quit(String reason) {
    endsBecause(DisconnectReason.QUIT);
    toHub(new HubRequest.Quit(id, reason));
  }

  /** Neither leaving nor closed: what the client sends is still worth handling. */
  public boolean open() {
    return state == State.OPEN;
  }

  /** The reason the connection will end with, unless one was given already. */
  public void endsBecause(DisconnectReason reason) {
    if (closeReason == null) {
      closeReason = reason;
    }
  }

  public void pauseReading() {
    if (!paused) {
      paused = true;
      transport.pause();
    }
  }

  public void resumeReading() {
    if (paused) {
      paused = false;
      transport.resume();
    }
  }

  /**
   * Drops the connection with a reason and last words, which are written past its output queue. Deferred to
   * its own task: this may be called while the listener is iterating over a room's members.
   */
  public void abort(DisconnectReason reason, Buffer last) {
    if (state == State.CLOSED || aborted) {
      return;
    }
    aborted = true;
    endsBecause(reason);
    output.close();
    String alias = session.alias();
    LOG.info("[{}] {} disconnected: {}", id, alias == null ? "(no alias)" : alias,
        last.toString(StandardCharsets.UTF_8).strip());
    listener.vertx().runOnContext(v -> {
      transport.write(last);
      closeNow();
    });
  }

  /**
   * A transport's close() (and a close through the whole pipeline) waits until pending output is written,
   * which a client that does not read never allows. Closing below Vert.x's handler, as Vert.x does for
   * idle connections, drops that output and frees the connection now.
   */
  private void closeNow() {
    transport.channel().close();
  }

  private void onError(Throwable error) {
    if (closeReason == null && error instanceof IOException && String.valueOf(error.getMessage()).contains("reset")) {
      closeReason = DisconnectReason.RESET;
    }
    LOG.debug("[{}] socket error: {}", id, error.toString());
  }

  private void onClosed() {
    DisconnectReason reason = closeReason == null ? DisconnectReason.CLOSED : closeReason;
    state = State.CLOSED;
    output.close();
    session.closed();
    for (String room : rooms) {
      listener.rooms().remove(room, this);
    }
    listener.forget(this, reason);
    if (session.known()) {
      listener.toHub(new HubRequest.Gone(id, reason.notice()));
    }
  }
}

package dev.relay.tutorial;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.DisconnectReason;
import dev.relay.bus.HubRequest;
import dev.relay.bus.MemberId;
import dev.relay.edge.Dialect;
import dev.relay.edge.EdgeConnection;
import dev.relay.edge.FloodGate;
import dev.relay.edge.Session;
import dev.relay.line.CommandDispatch;
import dev.relay.line.CommandTable;
import dev.relay.line.Replies;
import dev.relay.ops.RelayMetrics;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The session of a client that speaks the tutorial's dialect (docs/PROTOCOL.md 8): it sends chunks with no line
 * end, first its alias, then {@code ALIAS: TEXT} for each line its user types. Each chunk is one message (merged
 * sends are split where the client's own {@code ALIAS: } starts again); the prefix is dropped, since the server
 * names the sender itself; what is left is chat text or a command, as in the line protocol.
 *
 * <p>Confined to the listener's event loop. Reading stops while the alias waits for the hub and while the flood
 * gate is closed; at most the messages of one chunk wait here meanwhile.
 */
public final class TutorialSession implements Session, CommandDispatch.Session {

  /**
   * After a refusal, {@code alias?} goes in a write of its own this much later: the client answers only a chunk
   * that is exactly {@code alias?}, which a write together with the reason would not be.
   */
  static final long PROMPT_DELAY_MILLIS = 50;

  private enum State { HANDSHAKE, GREETING, CHATTING, LEAVING }

  private final EdgeConnection connection;
  private final FloodGate floodGate;
  private final Deque<String> waiting = new ArrayDeque<>();
  private State state = State.HANDSHAKE;
  private String alias;
  private String room;
  private boolean throttled;
  private long handshakeTimer = -1;
  private long promptTimer = -1;

  public TutorialSession(EdgeConnection connection, FloodGate floodGate) {
    this.connection = connection;
    this.floodGate = floodGate;
    int timeout = connection.config().limits().handshakeTimeoutSeconds();
    if (timeout > 0) {
      handshakeTimer = connection.vertx().setTimer(timeout * 1000L, t -> connection.abort(
          DisconnectReason.HANDSHAKE_TIMEOUT, text(Replies.handshakeTimeout(timeout))));
    }
  }

  @Override
  public Dialect dialect() {
    return TutorialDialect.INSTANCE;
  }

  /** Greeted by the line session already, which handed the connection over. */
  @Override
  public void start() {
  }

  @Override
  public void onData(Buffer data) {
    int limit = connection.config().limits().maxLineBytes();
    if (data.length() > limit) {
      metrics().rejected(RelayMetrics.Rejection.TOO_LONG);
      reject(Replies.lineTooLong(limit));
      return;
    }
    String text = connection.utf8().decode(data.getBytes());
    if (text == null) {
      metrics().rejected(RelayMetrics.Rejection.INVALID_UTF8);
      reject(Replies.invalidUtf8());
      return;
    }
    if (state == State.HANDSHAKE) {
      CommandDispatch.handshake(this, text.strip());
      return;
    }
    waiting.addAll(ClientChunks.messages(text, alias));
    process();
  }

  /** Handles the waiting messages until they run out or something asks to wait. */
  private void process() {
    while (connection.open() && state == State.CHATTING && !waiting.isEmpty()) {
      if (throttled) {
        return;
      }
      if (floodGate != null && !floodGate.tryPass()) {
        throttle();
        return;
      }
      CommandDispatch.chat(this, CommandTable.parse(waiting.poll()));
    }
    if (waiting.isEmpty() && state == State.CHATTING && !throttled) {
      connection.resumeReading();
    } else {
      connection.pauseReading();
    }
  }

  private void throttle() {
    throttled = true;
    connection.pauseReading();
    connection.vertx().setTimer(floodGate.waitMillis(), t -> {
      throttled = false;
      process();
    });
  }

  @Override
  public MemberId id() {
    return connection.id();
  }

  @Override
  public String room() {
    return room;
  }

  @Override
  public void speakTo(String roomKey) {
    room = roomKey;
  }

  /** Replies of the shared command table come in the line protocol's form: CRLF becomes LF here. */
  @Override
  public void reply(Buffer lines) {
    connection.deliver(text(lines.toString(StandardCharsets.UTF_8).replace("\r\n", "\n")));
  }

  @Override
  public void toHub(HubRequest request) {
    connection.toHub(request);
  }

  @Override
  public RelayMetrics metrics() {
    return connection.metrics();
  }

  @Override
  public boolean handshaking() {
    return state == State.HANDSHAKE;
  }

  @Override
  public void greet(String wanted) {
    state = State.GREETING;
    connection.pauseReading();
    toHub(new HubRequest.Hello(id(), wanted));
  }

  @Override
  public void quit(String reason) {
    if (state == State.HANDSHAKE) {
      connection.disconnect(text(Replies.GOODBYE), DisconnectReason.QUIT);
      return;
    }
    connection.endsBecause(DisconnectReason.QUIT);
    state = State.LEAVING;
    toHub(new HubRequest.Quit(id(), reason));
  }

  /** Says why; while choosing an alias, asks for it again in a write of its own. */
  @Override
  public void reject(String error) {
    connection.deliver(text(error));
    if (state == State.HANDSHAKE) {
      promptLater();
    }
  }

  @Override
  public String alias() {
    return alias;
  }

  @Override
  public void accepted(String newAlias, String lobby) {
    alias = newAlias;
    connection.vertx().cancelTimer(handshakeTimer);
    connection.deliver(dialect().render(new ChatEvent.Welcome(newAlias, lobby)));
  }

  @Override
  public void refused(ChatEvent.Refused why) {
    state = State.HANDSHAKE;
    connection.deliver(dialect().render(why));
    promptLater();
    connection.resumeReading();
  }

  @Override
  public void renamed(String newAlias) {
    alias = newAlias;
  }

  @Override
  public void joined(String roomKey) {
    if (room == null) {
      room = roomKey;
    }
    if (state == State.GREETING) {
      state = State.CHATTING;
      process();
    }
  }

  @Override
  public boolean known() {
    return state != State.HANDSHAKE;
  }

  @Override
  public Buffer farewell(Farewell why, int detail) {
    return text(switch (why) {
      case SHUTTING_DOWN -> Replies.shuttingDown();
      case SLOW_CONSUMER -> Replies.slowConsumer(detail);
    });
  }

  @Override
  public void closed() {
    connection.vertx().cancelTimer(handshakeTimer);
    connection.vertx().cancelTimer(promptTimer);
  }

  private void promptLater() {
    connection.vertx().cancelTimer(promptTimer);
    promptTimer = connection.vertx().setTimer(PROMPT_DELAY_MILLIS, t -> {
      if (state == State.HANDSHAKE && connection.open()) {
        connection.deliver(Buffer.buffer(Replies.ALIAS_PROMPT));
      }
    });
  }

  /** A line of the server's own in this dialect: LF-ended. */
  private static Buffer text(String line) {
    return Buffer.buffer(line.endsWith("\n") ? line : line + "\n");
  }
}

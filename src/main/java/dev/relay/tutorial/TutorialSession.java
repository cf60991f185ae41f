package dev.relay.tutorial;

import dev.relay.bus.ChatEvent;
import dev.relay.edge.Dialect;
import dev.relay.edge.EdgeConnection;
import dev.relay.edge.FloodGate;
import dev.relay.line.ChatSession;
import dev.relay.line.CommandDispatch;
import dev.relay.line.CommandTable;
import dev.relay.line.Replies;
import dev.relay.ops.RelayMetrics;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The session of a client that speaks the tutorial's dialect (docs/PROTOCOL.md 8): it sends chunks with no line
 * end, first its alias, then {@code ALIAS: TEXT} for each line its user types. Each chunk is one message (merged
 * sends are split where the client's own {@code ALIAS: } starts again); the prefix is dropped, since the server
 * names the sender itself; what is left is chat text or a command, as in the line protocol.
 *
 * <p>Confined to the listener's event loop. Reading stops while the alias waits for the hub and while the flood
 * gate is closed; at most the messages of one chunk wait here meanwhile.
 */
public final class TutorialSession extends ChatSession {

  /**
   * After a refusal, {@code alias?} goes in a write of its own this much later: the client answers only a chunk
   * that is exactly {@code alias?}, which a write together with the reason would not be.
   */
  static final long PROMPT_DELAY_MILLIS = 50;

  private final FloodGate floodGate;
  private final Deque<String> waiting = new ArrayDeque<>();
  private boolean throttled;
  private long promptTimer = -1;

  public TutorialSession(EdgeConnection connection, FloodGate floodGate) {
    super(connection);
    this.floodGate = floodGate;
    startHandshakeTimer();
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
    waiting.addAll(ClientChunks.messages(text, alias()));
    process();
  }

  /** Handles the waiting messages until they run out or something asks to wait. */
  @Override
  protected void process() {
    while (connection.open() && state == State.CHATTING && !awaitingAnswer() && !waiting.isEmpty()) {
      if (throttled) {
        return;
      }
      if (floodGate != null && !floodGate.tryPass()) {
        throttle();
        return;
      }
      CommandDispatch.chat(this, CommandTable.parse(waiting.poll()));
    }
    if (waiting.isEmpty() && state == State.CHATTING && !throttled && !awaitingAnswer()) {
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

  /** Replies of the shared command table come in the line protocol's form: CRLF becomes LF here. */
  @Override
  public void reply(Buffer lines) {
    connection.deliver(text(lines.toString(StandardCharsets.UTF_8).replace("\r\n", "\n")));
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
  public void refused(ChatEvent.Refused why) {
    state = State.HANDSHAKE;
    connection.deliver(dialect().render(why));
    promptLater();
    connection.resumeReading();
  }

  /** The tutorial's client has no password prompt: it logs in with {@code alias:password} as its alias. */
  @Override
  protected void retryHandshake(List<String> errors) {
    state = State.HANDSHAKE;
    errors.forEach(error -> connection.deliver(text(error)));
    promptLater();
    connection.resumeReading();
  }

  @Override
  public void closed() {
    super.closed();
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

  @Override
  protected Buffer words(String line) {
    return text(line);
  }

  /** A line of the server's own in this dialect: LF-ended. */
  private static Buffer text(String line) {
    return Buffer.buffer(line.endsWith("\n") ? line : line + "\n");
  }
}

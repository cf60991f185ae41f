package dev.relay.line;

import dev.relay.edge.Dialect;
import dev.relay.edge.EdgeConnection;
import dev.relay.edge.FrontEnd;
import dev.relay.edge.Frame;
import dev.relay.edge.LineInput;
import dev.relay.ops.RelayMetrics;
import io.vertx.core.buffer.Buffer;

/**
 * One client's line-protocol session (docs/PROTOCOL.md): frames its bytes into lines, decodes and parses them,
 * holds the flood gate, and turns what the client asked for into hub requests. The protocol is an adapter at
 * the edge; rooms and aliases belong to the hub, the socket to its {@link EdgeConnection}.
 *
 * <p>Confined to its listener's event loop. Reading stops while a handshake waits for the hub and while the
 * flood gate is closed.
 */
public final class LineSession extends ChatSession implements LineInput.Reader {

  /**
   * How long the greeting's line end waits for a client that answers {@code alias?} at once and without one
   * (the tutorial's client, docs/PROTOCOL.md 8); a line client reads {@code alias?} this much later.
   */
  static final long TUTORIAL_PROBE_MILLIS = 30;
  /**
   * A first answer that arrives later without a line end, and stays without one this long, is taken for the
   * tutorial's client too: one further away than the probe's window.
   */
  static final long LATE_TUTORIAL_MILLIS = 500;

  private final LineInput input;
  private final FrontEnd withoutLineEnds;
  /** The greeting's line end is still held back, to see whether the client answers without one. */
  private boolean probing;
  private long probeTimer = -1;
  /** The client's first bytes while no line end has come yet (bounded by the line limit), or null after one. */
  private Buffer unterminated = Buffer.buffer();
  private long lateTimer = -1;

  /**
   * @param withoutLineEnds the front end for a client that answers the greeting without a line end
   */
  LineSession(EdgeConnection connection, LineInput input, FrontEnd withoutLineEnds) {
    super(connection);
    this.withoutLineEnds = withoutLineEnds;
    this.input = input;
  }

  @Override
  public Dialect dialect() {
    return showsIds() ? LineDialect.WITH_IDS : LineDialect.INSTANCE;
  }

  @Override
  public void start() {
    startHandshakeTimer();
    // alias? alone, and its line end a moment later: the tutorial's client answers a chunk that is exactly
    // "alias?" with its alias and no line end, which is how a connection shows it speaks that dialect.
    connection.deliver(Buffer.buffer(Replies.ALIAS_PROMPT));
    probing = true;
    probeTimer = connection.vertx().setTimer(TUTORIAL_PROBE_MILLIS, t -> endProbe());
  }

  private void endProbe() {
    if (probing) {
      probing = false;
      connection.deliver(Lines.lineEnd());
    }
  }

  @Override
  public void onData(Buffer data) {
    boolean lineEnd = containsLineEnd(data);
    if (probing) {
      connection.vertx().cancelTimer(probeTimer);
      if (!lineEnd) {
        handOver(data);
        return;
      }
      endProbe();
    }
    watchFirstAnswer(data, lineEnd);
    input.feed(data);
    process();
  }

  /** Until the first line end, remembers what came; an answer left without one is the tutorial client's. */
  private void watchFirstAnswer(Buffer data, boolean lineEnd) {
    if (unterminated == null) {
      return;
    }
    connection.vertx().cancelTimer(lateTimer);
    if (lineEnd || unterminated.length() + data.length() > connection.config().limits().maxLineBytes()) {
      unterminated = null;
      return;
    }
    unterminated.appendBuffer(data);
    lateTimer = connection.vertx().setTimer(LATE_TUTORIAL_MILLIS, t -> {
      if (unterminated != null && state == State.HANDSHAKE && connection.open()) {
        handOver(unterminated);
      }
    });
  }

  private void handOver(Buffer firstAnswer) {
    probing = false;
    unterminated = null;
    cancelHandshakeTimer();
    connection.become(withoutLineEnds.open(connection), firstAnswer);
  }

  private static boolean containsLineEnd(Buffer data) {
    for (int i = 0; i < data.length(); i++) {
      if (data.getByte(i) == '\n') {
        return true;
      }
    }
    return false;
  }

  @Override
  public void reply(Buffer lines) {
    connection.deliver(lines);
  }

  @Override
  public void closed() {
    super.closed();
    connection.vertx().cancelTimer(probeTimer);
    connection.vertx().cancelTimer(lateTimer);
  }

  /** Handles the lines read so far, until they run out or something asks to wait. */
  @Override
  protected void process() {
    input.process(this);
  }

  @Override
  public void handle(Frame frame) {
    if (frame instanceof Frame.TooLong tooLong) {
      metrics().rejected(RelayMetrics.Rejection.TOO_LONG);
      reject(Replies.lineTooLong(tooLong.limit()));
      return;
    }
    String text = connection.utf8().decode(((Frame.Line) frame).bytes());
    if (text == null) {
      metrics().rejected(RelayMetrics.Rejection.INVALID_UTF8);
      reject(Replies.invalidUtf8());
    } else if (state == State.HANDSHAKE) {
      CommandDispatch.handshake(this, text);
    } else if (state == State.PASSWORD) {
      passwordLine(text);
    } else {
      CommandDispatch.chat(this, CommandTable.parse(text));
    }
  }

  @Override
  protected Buffer words(String line) {
    return Lines.encode(line);
  }
}

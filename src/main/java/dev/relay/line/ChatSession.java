package dev.relay.line;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.DisconnectReason;
import dev.relay.bus.HubRequest;
import dev.relay.bus.MemberId;
import dev.relay.edge.EdgeConnection;
import dev.relay.edge.Session;
import dev.relay.ops.RelayMetrics;
import io.vertx.core.buffer.Buffer;

/**
 * What every session that runs the line protocol's command table shares, whatever its framing (the line
 * protocol's own, the tutorial client's): the handshake's states, the alias and the room it speaks to, the
 * handshake timer, and the requests to the hub. A subclass frames the client's input, says how the server's own
 * lines look on its wire ({@link #words}) and handles what waits ({@link #process}).
 *
 * <p>Confined to the listener's event loop, like its connection.
 */
public abstract class ChatSession implements Session, CommandDispatch.Session {

  protected enum State { HANDSHAKE, GREETING, CHATTING, LEAVING }

  protected final EdgeConnection connection;
  protected State state = State.HANDSHAKE;
  private String alias;
  /** The room this connection speaks to; changes as soon as a move is requested, which the hub handles first. */
  private String room;
  private long handshakeTimer = -1;

  protected ChatSession(EdgeConnection connection) {
    this.connection = connection;
  }

  /** The server's own line {@code line} as this dialect writes it. */
  protected abstract Buffer words(String line);

  /** Handles what the client sent that waits, until it runs out or something asks to wait. */
  protected abstract void process();

  /** The connection has {@code limits.handshakeTimeoutSeconds} to choose an alias. */
  protected void startHandshakeTimer() {
    int timeout = connection.config().limits().handshakeTimeoutSeconds();
    if (timeout > 0) {
      handshakeTimer = connection.vertx().setTimer(timeout * 1000L,
          t -> connection.abort(DisconnectReason.HANDSHAKE_TIMEOUT, words(Replies.handshakeTimeout(timeout))));
    }
  }

  protected void cancelHandshakeTimer() {
    connection.vertx().cancelTimer(handshakeTimer);
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

  @Override
  public void toHub(HubRequest request) {
    connection.toHub(request);
  }

  @Override
  public RelayMetrics metrics() {
    return connection.metrics();
  }

  @Override
  public String alias() {
    return alias;
  }

  @Override
  public boolean handshaking() {
    return state == State.HANDSHAKE;
  }

  /** Asks the hub for the alias; reading waits for the answer. */
  @Override
  public void greet(String wanted) {
    state = State.GREETING;
    connection.pauseReading();
    toHub(new HubRequest.Hello(id(), wanted));
  }

  /** The alias is ours; reading resumes once the hub has put us in the lobby ({@link #joined}). */
  @Override
  public void accepted(String newAlias, String lobby) {
    alias = newAlias;
    cancelHandshakeTimer();
    connection.deliver(dialect().render(new ChatEvent.Welcome(newAlias, lobby)));
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
  public void quit(String reason) {
    if (state == State.HANDSHAKE) {
      connection.disconnect(words(Replies.GOODBYE), DisconnectReason.QUIT);
      return;
    }
    state = State.LEAVING;
    connection.quit(reason);
  }

  @Override
  public Buffer farewell(Farewell why, int detail) {
    return words(switch (why) {
      case SHUTTING_DOWN -> Replies.shuttingDown();
      case SLOW_CONSUMER -> Replies.slowConsumer(detail);
    });
  }

  @Override
  public void closed() {
    cancelHandshakeTimer();
  }
}

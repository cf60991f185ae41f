package dev.relay.irc;

import dev.relay.edge.EdgeConnection;
import dev.relay.edge.FrontEnd;
import dev.relay.edge.LineInput;
import dev.relay.edge.Session;
import io.vertx.core.buffer.Buffer;

/** The IRC gateway on its port (docs/IRC.md): each connection gets an {@link IrcSession}. */
public final class IrcFrontEnd implements FrontEnd {

  /** An IRC line is at most 512 bytes with its CRLF; a client that negotiated no tags sends none. */
  static final int MAX_INPUT_BYTES = 510;

  private final IrcConfig config;
  private final boolean accounts;
  private final IrcDialect plain;
  private final IrcDialect serverTime;

  /** @param accounts whether the server has accounts to log in to: SASL is offered only then */
  public IrcFrontEnd(IrcConfig config, boolean accounts) {
    this.config = config;
    this.accounts = accounts;
    this.plain = new IrcDialect(false, config.serverName());
    this.serverTime = new IrcDialect(true, config.serverName());
  }

  @Override
  public Session open(EdgeConnection connection) {
    return new IrcSession(connection, config, accounts,
        new LineInput(connection, MAX_INPUT_BYTES, connection.newFloodGate()), plain, serverTime);
  }

  /** The admission's reason, as the ERROR line an IRC client shows before the connection closes. */
  @Override
  public Buffer refusal(String why) {
    return IrcSession.error(why.startsWith("! ") ? why.substring(2) : why);
  }
}

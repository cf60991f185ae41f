package dev.relay.irc;

import dev.relay.edge.EdgeConnection;
import dev.relay.edge.FrontEnd;
import dev.relay.edge.LineInput;
import dev.relay.edge.Session;
import io.vertx.core.buffer.Buffer;

/** The IRC gateway on its port (docs/IRC.md): each connection gets an {@link IrcSession}. */
public final class IrcFrontEnd implements FrontEnd {

  /**
   * An IRC line is at most 512 bytes with its CRLF, and its tags at most 4096 bytes with their {@code @} and space
   * (IRCv3 message-tags): the frame holds both, and {@link IrcMessage#tooLong} checks each part.
   */
  static final int MAX_INPUT_BYTES = IrcMessage.MAX_TAG_BYTES + IrcWire.MAX_LINE_BYTES;

  private final IrcConfig config;
  private final boolean accounts;
  private final IrcDialect.Variants dialects;

  /** @param accounts whether the server has accounts to log in to: SASL is offered only then */
  public IrcFrontEnd(IrcConfig config, boolean accounts) {
    this.config = config;
    this.accounts = accounts;
    this.dialects = new IrcDialect.Variants(config.serverName());
  }

  @Override
  public Session open(EdgeConnection connection) {
    return new IrcSession(connection, config, accounts,
        new LineInput(connection, MAX_INPUT_BYTES, connection.newFloodGate()), dialects);
  }

  /** The admission's reason, as the ERROR line an IRC client shows before the connection closes. */
  @Override
  public Buffer refusal(String why) {
    return IrcSession.error(why.startsWith("! ") ? why.substring(2) : why);
  }
}

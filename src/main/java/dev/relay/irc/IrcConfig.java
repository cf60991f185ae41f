package dev.relay.irc;

/**
 * The IRC gateway's settings (docs/IRC.md).
 *
 * @param port        the IRC port; 0 turns the gateway off, {@link #ANY_PORT} picks a free one (tests)
 * @param tlsPort     the IRC port over TLS, with the chat's certificate, when TLS is configured; 0 turns it off
 * @param password    the server password a client must send with PASS before it registers; empty for none
 * @param pingSeconds silence after which the server sends PING, and the time the client then has to answer
 *                    (with anything) before it is disconnected
 * @param serverName  the server's name in the prefix of its own lines
 * @param historyPage the most lines one {@code CHATHISTORY} gets ({@code history.pageLines}, which the hub holds it
 *                    to); 0 when the server keeps no history, and then {@code draft/chathistory} is not offered
 */
public record IrcConfig(int port, int tlsPort, String password, int pingSeconds, String serverName,
    int historyPage) {

  public static final int DEFAULT_PORT = 6667;
  public static final int DEFAULT_TLS_PORT = 6697;
  public static final int ANY_PORT = -1;
  /** The gateway off: what a server started from code has unless it asks for IRC. */
  public static final String DEFAULT_SERVER_NAME = "relay";
  public static final IrcConfig OFF = new IrcConfig(0, 0, "", 120, DEFAULT_SERVER_NAME);
  /** {@code history.pageLines}' default. */
  public static final int DEFAULT_HISTORY_PAGE = 100;

  public IrcConfig {
    if (port < ANY_PORT || port > 65535 || tlsPort < ANY_PORT || tlsPort > 65535) {
      throw new IllegalArgumentException("IRC ports must be 0-65535");
    }
    if (pingSeconds < 1) {
      throw new IllegalArgumentException("irc.pingSeconds must be at least 1, got " + pingSeconds);
    }
    password = password == null ? "" : password;
    if (serverName == null || !serverName.matches("[A-Za-z0-9][A-Za-z0-9.-]{0,62}")) {
      throw new IllegalArgumentException("irc.serverName must be a host name (letters, digits, '.', '-'), got "
          + serverName);
    }
    if (historyPage < 0) {
      throw new IllegalArgumentException("the history page must be at least 0, got " + historyPage);
    }
  }

  /** The settings of {@code irc.*}, with the history page's default. */
  public IrcConfig(int port, int tlsPort, String password, int pingSeconds, String serverName) {
    this(port, tlsPort, password, pingSeconds, serverName, DEFAULT_HISTORY_PAGE);
  }

  /** The gateway on a free port, without TLS or password: for tests. */
  public static IrcConfig anyPort() {
    return new IrcConfig(ANY_PORT, 0, "", 120, DEFAULT_SERVER_NAME);
  }

  public boolean enabled() {
    return port != 0;
  }

  public IrcConfig withPassword(String newPassword) {
    return new IrcConfig(port, tlsPort, newPassword, pingSeconds, serverName, historyPage);
  }

  public IrcConfig withPingSeconds(int seconds) {
    return new IrcConfig(port, tlsPort, password, seconds, serverName, historyPage);
  }

  /** The same with the history the server keeps: {@code page} lines per {@code CHATHISTORY}, 0 for none kept. */
  public IrcConfig withHistoryPage(int page) {
    return new IrcConfig(port, tlsPort, password, pingSeconds, serverName, page);
  }
}

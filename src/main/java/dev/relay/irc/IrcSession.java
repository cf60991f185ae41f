package dev.relay.irc;

import dev.relay.bus.AccountReply;
import dev.relay.bus.AccountRequest;
import dev.relay.bus.ChatEvent;
import dev.relay.bus.DisconnectReason;
import dev.relay.bus.HubRequest;
import dev.relay.bus.MemberId;
import dev.relay.edge.Dialect;
import dev.relay.edge.EdgeConnection;
import dev.relay.edge.Frame;
import dev.relay.edge.LineInput;
import dev.relay.edge.Session;
import dev.relay.ops.RelayMetrics;
import io.vertx.core.buffer.Buffer;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * One IRC client's session (docs/IRC.md): frames and parses its lines, runs registration, dispatches commands from
 * {@link IrcCommands} and renders the hub's answers as numerics. The channels it is in are the hub's rooms; its
 * nick is its alias.
 *
 * <p>Confined to the listener's event loop, like its connection. Reading stops while registration waits for the
 * hub and while the flood gate is closed.
 */
public final class IrcSession implements Session, LineInput.Reader {

  /** LOGGING_IN: registering, and waiting for the account service's answer. */
  private enum State { REGISTERING, LOGGING_IN, GREETING, CHATTING, LEAVING }

  private final EdgeConnection connection;
  private final IrcConfig config;
  private final LineInput input;
  private final IrcRegistration registration;
  private final IrcLogin login = new IrcLogin(this);
  private final Listings listings = new Listings(this);
  private final IrcRoomReplies roomReplies = new IrcRoomReplies(this);
  private final IrcHistory history = new IrcHistory(this);
  private final IrcDialect.Variants dialects;
  /** The keys of the rooms the hub says this member is in. */
  private final Set<String> channels = new LinkedHashSet<>();
  private final IrcPing ping;
  private State state = State.REGISTERING;
  private String nick;
  /** The AWAY message, or null when here. */
  private String away;
  private long registrationTimer = -1;

  IrcSession(EdgeConnection connection, IrcConfig config, boolean accounts, LineInput input,
      IrcDialect.Variants dialects) {
    this.connection = connection;
    this.dialects = dialects;
    this.config = config;
    this.input = input;
    this.registration = new IrcRegistration(this, config.password(), accounts, config.historyPage());
    this.ping = new IrcPing(connection.vertx(), config.pingSeconds(),
        () -> send("PING :" + config.serverName()), this::pingTimedOut);
  }

  @Override
  public Dialect dialect() {
    return dialects.of(has(IrcCapability.SERVER_TIME), has(IrcCapability.MESSAGE_TAGS));
  }

  @Override
  public void start() {
    int timeout = connection.config().limits().handshakeTimeoutSeconds();
    if (timeout > 0) {
      registrationTimer = connection.vertx().setTimer(timeout * 1000L, t -> connection.abort(
          DisconnectReason.HANDSHAKE_TIMEOUT, error("Registration timed out (" + timeout + " s)")));
    }
    ping.start();
  }

  @Override
  public void onData(Buffer data) {
    ping.heard();
    input.feed(data);
    input.process(this);
  }

  @Override
  public boolean reading() {
    return state == State.REGISTERING || state == State.CHATTING;
  }

  @Override
  public void handle(Frame frame) {
    if (frame instanceof Frame.TooLong || IrcMessage.tooLong(((Frame.Line) frame).bytes())) {
      connection.metrics().rejected(RelayMetrics.Rejection.TOO_LONG);
      reply(IrcReplies.ERR_INPUTTOOLONG, "Input line was too long");
      return;
    }
    byte[] bytes = ((Frame.Line) frame).bytes();
    String line = connection.utf8().decode(bytes);
    if (line == null) {
      connection.metrics().rejected(RelayMetrics.Rejection.INVALID_UTF8);
      send(IrcWire.withText(server(), "FAIL", List.of(IrcMessage.commandOf(bytes), "INVALID_UTF8"),
          "Invalid UTF-8, line discarded"));
      return;
    }
    IrcMessage message = IrcMessage.parse(line);
    if (message != null) {
      IrcCommands.dispatch(this, message);
    }
  }

  /**
   * Registration is complete on the client's side: ask the hub for the nick, showing {@code user} and
   * {@code realName}; reading waits for the answer.
   */
  void greet(String wanted, String user, String realName) {
    state = State.GREETING;
    connection.pauseReading();
    String account = login.account();
    toHub(new HubRequest.Hello(id(), account != null ? account : wanted, false, user, realName, account != null,
        connection().client()));
  }

  /** Asks the account service during registration; reading waits, and {@code then} takes the answer. */
  void askAccounts(AccountRequest request, Consumer<AccountReply> then) {
    state = State.LOGGING_IN;
    connection.pauseReading();
    connection.askAccounts(request)
        .otherwise(e -> new AccountReply.Refused(AccountReply.Why.UNAVAILABLE, ""))
        .onSuccess(reply -> {
          if (!connection.open()) {
            return;
          }
          state = State.REGISTERING;
          then.accept(reply);
          input.process(this);
        });
  }

  @Override
  public void accepted(String alias, String room) {
    nick = alias;
    state = State.CHATTING;
    connection.vertx().cancelTimer(registrationTimer);
    Buffer burst = Buffer.buffer();
    registration.welcome(alias, burst);
    connection.deliver(burst);
    input.process(this);
  }

  @Override
  public void refused(ChatEvent.Refused why) {
    state = State.REGISTERING;
    registration.refused(why);
    input.process(this);
  }

  @Override
  public void renamed(String alias) {
    String old = nick;
    nick = alias;
    if (channels.isEmpty()) {
      send(IrcWire.line(IrcWire.source(old), "NICK", alias));
    }
  }

  @Override
  public void joined(String roomKey) {
    channels.add(roomKey);
  }

  @Override
  public void parted(String roomKey) {
    channels.remove(roomKey);
  }

  @Override
  public void renderPersonal(ChatEvent event, Buffer out) {
    PersonalEvents.render(this, (IrcDialect) dialect(), event, out);
  }

  @Override
  public String alias() {
    return nick;
  }

  @Override
  public boolean known() {
    return state == State.GREETING || nick != null;
  }

  /** The client asked to leave: before registration at once, after it through the hub (its rooms hear why). */
  void quit(String reason) {
    if (nick == null) {
      connection.disconnect(error("Closing Link: " + server() + " (Quit)"), DisconnectReason.QUIT);
      return;
    }
    state = State.LEAVING;
    connection.quit(reason);
  }

  @Override
  public Buffer farewell(Farewell why, int detail) {
    return error(switch (why) {
      case SHUTTING_DOWN -> "Server shutting down, please reconnect";
      case SLOW_CONSUMER -> "SendQ exceeded (over " + detail + " bytes unread)";
    });
  }

  @Override
  public void closed() {
    connection.vertx().cancelTimer(registrationTimer);
    ping.stop();
  }

  private void pingTimedOut() {
    connection.abort(DisconnectReason.PING_TIMEOUT,
        error("Closing Link: " + server() + " (Ping timeout: " + config.pingSeconds() + " seconds)"));
  }

  /** The ERROR line a connection ends with. */
  static Buffer error(String text) {
    Buffer out = Buffer.buffer();
    IrcWire.append(out, "ERROR :" + text);
    return out;
  }

  boolean registered() {
    return nick != null;
  }

  /** The client's nick, or {@code *} before it has one: the first parameter of every numeric. */
  String nickOrStar() {
    return nick != null ? nick : registration.wantedNick() != null ? registration.wantedNick() : "*";
  }

  String nick() {
    return nick;
  }

  /** The server's name in every prefix of its own lines ({@code irc.serverName}). */
  String server() {
    return config.serverName();
  }

  MemberId id() {
    return connection.id();
  }

  Set<String> channels() {
    return Collections.unmodifiableSet(channels);
  }

  Listings listings() {
    return listings;
  }

  IrcRoomReplies roomReplies() {
    return roomReplies;
  }

  IrcRegistration registration() {
    return registration;
  }

  IrcLogin login() {
    return login;
  }

  EdgeConnection connection() {
    return connection;
  }

  String away() {
    return away;
  }

  void setAway(String message) {
    away = message;
  }

  IrcHistory history() {
    return history;
  }

  /** Whether the client turned {@code capability} on. */
  boolean has(IrcCapability capability) {
    return registration.has(capability);
  }

  void toHub(HubRequest request) {
    connection.toHub(request);
  }

  /** A numeric reply to this client. */
  void reply(String numeric, String... params) {
    send(IrcReplies.numeric(server(), nickOrStar(), numeric, params));
  }

  void send(String line) {
    Buffer out = Buffer.buffer(line.length() + 2);
    IrcWire.append(out, line);
    connection.deliver(out);
  }
}

package dev.relay.line;

import dev.relay.accounts.AccountsConfig;
import dev.relay.bus.AccountReply;
import dev.relay.bus.AccountRequest;
import dev.relay.bus.ChatEvent;
import dev.relay.bus.DisconnectReason;
import dev.relay.bus.FileRequest;
import dev.relay.bus.HubRequest;
import dev.relay.bus.MemberId;
import dev.relay.bus.Rank;
import dev.relay.edge.EdgeConnection;
import dev.relay.edge.Session;
import dev.relay.ops.RelayMetrics;
import io.vertx.core.AsyncResult;
import io.vertx.core.buffer.Buffer;
import java.util.List;

/**
 * What every session that runs the line protocol's command table shares, whatever its framing (the line
 * protocol's own, the tutorial client's): the handshake's states, the alias and the room it speaks to, the
 * handshake timer, and the requests to the hub. A subclass frames the client's input, says how the server's own
 * lines look on its wire ({@link #words}) and handles what waits ({@link #process}).
 *
 * <p>Confined to the listener's event loop, like its connection.
 */
public abstract class ChatSession implements Session, CommandDispatch.Session {

  /**
   * HANDSHAKE: waiting for an alias; PASSWORD: for the password of the registered alias asked for; LOGGING_IN:
   * for the account service's answer; GREETING: for the hub's.
   */
  protected enum State { HANDSHAKE, PASSWORD, LOGGING_IN, GREETING, CHATTING, LEAVING }

  protected final EdgeConnection connection;
  protected State state = State.HANDSHAKE;
  private String alias;
  /** The room this connection speaks to; changes as soon as a move is requested, which the hub handles first. */
  private String room;
  private long handshakeTimer = -1;
  /** The registered alias a password is asked for, in state PASSWORD. */
  private String loginAlias;
  private int failedLogins;
  private boolean loggedIn;
  private Rank rank = Rank.GUEST;
  /** The rank the pending login gives, once welcomed. */
  private Rank pendingRank = Rank.GUEST;
  /** The alias asked of the hub is an account the client logged in to: it is logged in once welcomed. */
  private boolean loginPending;
  /** The resume token to give the member once it is welcomed. */
  private String resumeToken;
  /** An account request made while chatting is unanswered; reading waits for it. */
  private boolean awaitingAccounts;
  /** A request to the file service is unanswered; reading waits for it, so a share comes before what follows. */
  private boolean awaitingFiles;
  /** A move to another room is unanswered; reading waits for it, so that what follows goes to the right room. */
  private boolean awaitingMove;
  /** Room lines show their ids ({@code /ids on}). */
  private boolean showIds;

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
  public void showIds(boolean on) {
    showIds = on;
  }

  protected boolean showsIds() {
    return showIds;
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
  public void move(HubRequest.Move move) {
    awaitEntering(move);
  }

  /** Asks the hub to put the member in a room; what the client sends next waits for the answer. */
  protected void awaitEntering(HubRequest request) {
    awaitingMove = true;
    toHub(request);
  }

  /** A refused move leaves the member where it was: reading resumes, after this answer is written. */
  @Override
  public void renderPersonal(ChatEvent event, Buffer out) {
    dialect().render(event, out);
    if (awaitingMove && refusesMove(event)) {
      awaitingMove = false;
      connection.vertx().runOnContext(v -> {
        if (connection.open()) {
          process();
        }
      });
    }
  }

  private static boolean refusesMove(ChatEvent event) {
    if (event instanceof ChatEvent.Banned banned) {
      return !banned.room().equals("*");
    }
    return event instanceof ChatEvent.Refused refused && switch (refused.refusal()) {
      case ALREADY_IN_ROOM, INVITE_ONLY, BAD_KEY, ROOM_FULL -> true;
      default -> false;
    };
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

  /**
   * Goes back to asking for an alias, after {@code errors}: the handshake is where the client may try again.
   * Reading resumes.
   */
  protected void retryHandshake(List<String> errors) {
    state = State.HANDSHAKE;
    errors.forEach(error -> connection.deliver(words(error)));
    connection.deliver(words(Replies.ALIAS_PROMPT));
    process();
  }

  /** The alias was refused: the reason, and the prompt for another; a registered alias asks for its password. */
  @Override
  public void refused(ChatEvent.Refused why) {
    if (why.refusal() == ChatEvent.Refusal.ALIAS_REGISTERED) {
      askPassword(why.subject());
    } else {
      state = State.HANDSHAKE;
      connection.deliver(dialect().render(why).appendBuffer(words(Replies.ALIAS_PROMPT)));
    }
    process();
  }

  /** A line that could not be used: say why, and during the handshake ask for the alias again. */
  @Override
  public void reject(String error) {
    connection.deliver(words(error));
    if (state == State.HANDSHAKE) {
      connection.deliver(words(Replies.ALIAS_PROMPT));
    }
  }

  /** Whether the client's next line is taken now: not while an answer is awaited, nor while leaving. */
  public boolean reading() {
    return !awaitingAnswer() && (state == State.HANDSHAKE || state == State.PASSWORD || state == State.CHATTING);
  }

  /** Asks the hub for the alias; reading waits for the answer. */
  @Override
  public void greet(String wanted) {
    hello(wanted, false);
  }

  private void hello(String wanted, boolean account) {
    loginPending = account;
    state = State.GREETING;
    connection.pauseReading();
    toHub(new HubRequest.Hello(id(), wanted, account, connection.client()));
  }

  /** Logs in to the account {@code wanted} with its password or a resume token; reading waits for the answer. */
  @Override
  public void login(String wanted, String secret) {
    state = State.LOGGING_IN;
    connection.pauseReading();
    connection.askAccounts(new AccountRequest.Login(wanted, secret, connection.client()))
        .onComplete(answer -> loginAnswered(wanted, answer));
  }

  /** The client was asked for the password of {@code wanted} (a registered alias); its next line is that. */
  protected void askPassword(String wanted) {
    state = State.PASSWORD;
    loginAlias = wanted;
    connection.deliver(words(AccountReplies.PASSWORD_PROMPT));
  }

  /** A line answering {@code password?}: the password, a resume token, a blank line to choose another alias. */
  protected void passwordLine(String text) {
    if (text.isBlank()) {
      retryHandshake(List.of());
    } else {
      login(loginAlias, text);
    }
  }

  private void loginAnswered(String wanted, AsyncResult<AccountReply> answer) {
    if (!connection.open()) {
      return;
    }
    AccountReply reply = answer.succeeded() ? answer.result()
        : new AccountReply.Refused(AccountReply.Why.UNAVAILABLE, wanted);
    if (reply instanceof AccountReply.LoggedIn in) {
      resumeToken = in.resumeToken();
      pendingRank = in.rank();
      hello(in.account(), true);
      return;
    }
    AccountReply.Refused refused = (AccountReply.Refused) reply;
    if (refused.why() == AccountReply.Why.WRONG_PASSWORD
        && ++failedLogins >= AccountsConfig.FAILURES_PER_CONNECTION) {
      Buffer last = words(AccountReplies.refused(refused)).appendBuffer(words(AccountReplies.tooManyFailures()));
      connection.disconnect(last, DisconnectReason.REFUSED);
      return;
    }
    retryHandshake(List.of(AccountReplies.refused(refused)));
  }

  /** An account request of a member who is chatting: register, a new password, unregister. */
  @Override
  public void account(AccountRequest request) {
    awaitingAccounts = true;
    connection.askAccounts(request).onComplete(answer -> {
      awaitingAccounts = false;
      if (!connection.open()) {
        return;
      }
      AccountReply reply = answer.succeeded() ? answer.result()
          : new AccountReply.Refused(AccountReply.Why.UNAVAILABLE, alias);
      connection.deliver(encode(accountAnswer(request, reply)));
      process();
    });
  }

  /** {@code /upload} and {@code /share}: a token for the member, or its file shared in the room it asked in. */
  @Override
  public void files(FileRequest request) {
    awaitingFiles = true;
    String inRoom = room();
    connection.askFiles(request).onComplete(answer -> {
      awaitingFiles = false;
      if (!connection.open()) {
        return;
      }
      FileAnswers outcome = FileAnswers.of(request, answer, alias);
      if (outcome instanceof FileAnswers.Tell tell) {
        connection.deliver(List.of(tell.granted()));
      } else if (outcome instanceof FileAnswers.Share share) {
        toHub(new HubRequest.Share(id(), inRoom, share.file()));
      } else {
        connection.deliver(words(((FileAnswers.Refuse) outcome).error()));
      }
      process();
    });
  }

  private List<String> accountAnswer(AccountRequest request, AccountReply reply) {
    if (reply instanceof AccountReply.Refused refused) {
      return List.of(AccountReplies.refused(refused));
    }
    if (reply instanceof AccountReply.RoleSet set) {
      return List.of(ModerationReplies.roleSet(set.account(), set.rank()));
    }
    if (reply instanceof AccountReply.AuditLines audit) {
      return ModerationReplies.audit(audit.lines());
    }
    if (request instanceof AccountRequest.Unregister) {
      loggedIn = false;
      rank = Rank.GUEST;
      return List.of(AccountReplies.unregistered(alias));
    }
    AccountReply.LoggedIn in = (AccountReply.LoggedIn) reply;
    loggedIn = true;
    rank = in.rank();
    return request instanceof AccountRequest.Register ? AccountReplies.registered(in.account(), in.resumeToken())
        : AccountReplies.passwordChanged(in.resumeToken());
  }

  @Override
  public boolean loggedIn() {
    return loggedIn;
  }

  @Override
  public Rank rank() {
    return rank;
  }

  /** An account request or a move is unanswered: what the client sends next waits. */
  protected boolean awaitingAnswer() {
    return awaitingAccounts || awaitingFiles || awaitingMove;
  }

  private Buffer encode(List<String> lines) {
    Buffer out = Buffer.buffer();
    lines.forEach(line -> out.appendBuffer(words(line)));
    return out;
  }

  /** The alias is ours; reading resumes once the hub has put us in the lobby ({@link #joined}). */
  @Override
  public void accepted(String newAlias, String lobby) {
    alias = newAlias;
    loggedIn = loginPending;
    rank = loginPending ? pendingRank : Rank.GUEST;
    cancelHandshakeTimer();
    Buffer welcome = dialect().render(new ChatEvent.Welcome(newAlias, lobby));
    if (loggedIn) {
      welcome.appendBuffer(encode(AccountReplies.loggedIn(newAlias, resumeToken)));
      resumeToken = null;
    }
    connection.deliver(welcome);
  }

  @Override
  public void renamed(String newAlias) {
    alias = newAlias;
  }

  /** The line protocol's one room: the lobby at first, then wherever the member moved or was put. */
  @Override
  public void joined(String roomKey) {
    room = roomKey;
    if (state == State.GREETING) {
      state = State.CHATTING;
      process();
    } else if (awaitingMove) {
      awaitingMove = false;
      process();
    }
  }

  @Override
  public boolean known() {
    return state == State.GREETING || state == State.CHATTING || state == State.LEAVING;
  }

  @Override
  public void quit(String reason) {
    if (state == State.HANDSHAKE || state == State.PASSWORD) {
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

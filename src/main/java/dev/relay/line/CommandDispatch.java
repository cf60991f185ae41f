package dev.relay.line;

import dev.relay.bus.AccountRequest;
import dev.relay.bus.FileRequest;
import dev.relay.bus.HistoryQuery;
import dev.relay.bus.HistoryRef;
import dev.relay.bus.HubRequest;
import dev.relay.bus.Replay;
import dev.relay.bus.RoomAction;
import dev.relay.bus.MemberId;
import dev.relay.bus.Rank;
import dev.relay.chat.Names;
import dev.relay.edge.Session;
import dev.relay.ops.RelayMetrics;
import io.vertx.core.buffer.Buffer;
import java.util.Optional;

/**
 * The line protocol's dispatch table: what each parsed line of a member becomes, a request to the hub
 * or an answer from the edge. Checks the arguments' meaning (names, text) so that the hub sees only
 * valid requests.
 */
public final class CommandDispatch {

  /** What the dispatch needs of one connection. */
  public interface Session {
    MemberId id();

    /** The key of the room this connection speaks to. */
    String room();

    /** Asks the hub to move the member; what the client sends next waits for the answer. */
    void move(HubRequest.Move move);

    void reply(Buffer lines);

    void toHub(HubRequest request);

    void quit(String reason);

    RelayMetrics metrics();

    /** Still choosing an alias. */
    boolean handshaking();

    /** Asks the hub for {@code alias}; reading waits for the answer. */
    void greet(String alias);

    /** Logs in to the account {@code alias} with {@code secret}, its password or a resume token. */
    void login(String alias, String secret);

    /** The alias the member chats as. */
    String alias();

    /** Whether the member logged in to (or registered) the account it chats as. */
    boolean loggedIn();

    /** The member's server rank, as its login said: what {@code /help} lists. */
    Rank rank();

    /** Asks the account service; the answer is told to the member. */
    void account(AccountRequest request);

    /** Tells the client why its line was refused (and, while handshaking, asks for the alias again). */
    void reject(String error);

    /** Whether the connection's room lines show their ids ({@code /ids}). */
    void showIds(boolean on);

    /** Asks the file service; the answer is told to the member, or (a file to share) shared in {@code room()}. */
    void files(FileRequest request);
  }

  private CommandDispatch() {
  }

  /** A line from a client that has no alias yet: the alias, or one of the commands allowed before it. */
  public static void handshake(Session session, String text) {
    Input input = CommandTable.parse(text);
    if (input instanceof Input.Invoke invoke && invoke.spec().beforeAlias()) {
      command(session, invoke.command());
      if (session.handshaking()) {
        reply(session, Replies.ALIAS_PROMPT);
      }
    } else if (input instanceof Input.Blank) {
      session.reject(Replies.emptyAlias());
    } else if (!(input instanceof Input.Text)) {
      session.reject(Replies.aliasFirst());
    } else {
      String answer = text.strip();
      int colon = answer.indexOf(':');
      String wanted = colon < 0 ? answer : answer.substring(0, colon).strip();
      Names.aliasProblem(wanted).ifPresentOrElse(problem -> session.reject(Replies.invalidAlias(problem)), () -> {
        if (colon < 0) {
          session.greet(wanted);
        } else {
          session.login(wanted, answer.substring(colon + 1));
        }
      });
    }
  }

  /** A line from a member that finished the handshake. */
  public static void chat(Session session, Input input) {
    if (input instanceof Input.Text said) {
      checked(session, said.text(), () -> {
        session.metrics().messageReceived();
        session.toHub(new HubRequest.Say(session.id(), session.room(), said.text()));
      });
    } else if (input instanceof Input.Invoke invoke) {
      command(session, invoke.command());
    } else if (input instanceof Input.Unknown unknown) {
      reply(session, Replies.unknownCommand(unknown.word()));
    } else if (input instanceof Input.BadUsage bad) {
      reply(session, Replies.usage(bad.spec()));
    }
  }

  public static void command(Session session, Command command) {
    MemberId id = session.id();
    if (command instanceof Command.Help) {
      session.reply(Lines.encode(Replies.help(session.rank())));
    } else if (command instanceof Command.Quit quit) {
      session.quit(quit.reason());
    } else if (command instanceof Command.Nick nick) {
      problemOr(session, Names.aliasProblem(nick.alias()).map(Replies::invalidAlias),
          () -> session.toHub(new HubRequest.Rename(id, nick.alias())));
    } else if (command instanceof Command.Join join) {
      String wanted = Names.stripRoomPrefix(join.room());
      problemOr(session, Names.roomProblem(wanted).map(Replies::invalidRoom),
          () -> session.move(new HubRequest.Move(id, session.room(), wanted, join.key())));
    } else if (command instanceof Command.Moderate moderate) {
      moderate(session, moderate);
    } else if (command instanceof Command.Topic topic) {
      if (topic.topic() == null) {
        session.toHub(new HubRequest.Topic(id, session.room()));
      } else {
        checked(session, topic.topic(),
            () -> session.toHub(new HubRequest.Moderate(id, session.room(), new RoomAction.SetTopic(topic.topic()))));
      }
    } else if (command instanceof Command.Sanctions list) {
      session.toHub(new HubRequest.ListSanctions(id, list.server() ? "*" : session.room()));
    } else if (command instanceof Command.Rooms) {
      session.toHub(new HubRequest.ListRooms(id));
    } else if (command instanceof Command.Who) {
      session.toHub(new HubRequest.Who(id, session.room()));
    } else if (command instanceof Command.Msg msg) {
      checked(session, msg.text(), () -> session.toHub(new HubRequest.Whisper(id, msg.alias(), msg.text(), false)));
    } else if (command instanceof Command.Register register) {
      session.account(new AccountRequest.Register(session.alias(), register.password()));
    } else if (command instanceof Command.Password password) {
      loggedIn(session, () -> session.account(new AccountRequest.ChangePassword(session.alias(), password.password())));
    } else if (command instanceof Command.Unregister) {
      loggedIn(session, () -> session.account(new AccountRequest.Unregister(session.alias())));
    } else if (command instanceof Command.Kill kill) {
      session.toHub(new HubRequest.Kill(id, kill.alias(), kill.reason()));
    } else if (command instanceof Command.Role role) {
      session.account(new AccountRequest.SetRole(session.alias(), role.alias(), role.role().rank()));
    } else if (command instanceof Command.Audit audit) {
      session.account(new AccountRequest.Audit(session.alias(), audit.count()));
    } else if (command instanceof Command.History history) {
      HistoryQuery query = history.before() == null ? new HistoryQuery.Latest(null, history.count())
          : new HistoryQuery.Before(HistoryRef.line(history.before()), history.count());
      session.toHub(new HubRequest.History(id, session.room(), query, Replay.ASKED));
    } else if (command instanceof Command.Resume resume) {
      resume(session, resume);
    } else if (command instanceof Command.Ids ids) {
      session.showIds(ids.on());
      reply(session, Replies.ids(ids.on()));
    } else if (command instanceof Command.Upload) {
      session.files(new FileRequest.Grant(session.alias(), session.loggedIn()));
    } else if (command instanceof Command.Share share) {
      session.files(new FileRequest.Describe(share.id()));
    } else if (command instanceof Command.Me me) {
      checked(session, me.action(), () -> {
        session.metrics().messageReceived();
        session.toHub(new HubRequest.Act(id, session.room(), me.action()));
      });
    }
  }

  /** Back to a room, with the lines said after the one the client saw last: a move, or in its room a replay. */
  private static void resume(Session session, Command.Resume resume) {
    String wanted = Names.stripRoomPrefix(resume.room());
    problemOr(session, Names.roomProblem(wanted).map(Replies::invalidRoom), () -> {
      if (Names.key(wanted).equals(session.room())) {
        session.toHub(new HubRequest.History(session.id(), session.room(),
            new HistoryQuery.Latest(HistoryRef.line(resume.after()), Integer.MAX_VALUE), Replay.RESUMED));
      } else {
        session.move(new HubRequest.Move(session.id(), session.room(), wanted, "", resume.after()));
      }
    });
  }

  private static void moderate(Session session, Command.Moderate moderate) {
    String scope = moderate.server() ? "*" : session.room();
    HubRequest.Moderate request = new HubRequest.Moderate(session.id(), scope, moderate.action());
    if (moderate.action() instanceof RoomAction.Announce announce) {
      checked(session, announce.text(), () -> session.toHub(request));
    } else if (moderate.action() instanceof RoomAction.Sanction sanction && !sanction.reason().isEmpty()) {
      checked(session, sanction.reason(), () -> session.toHub(request));
    } else if (moderate.action() instanceof RoomAction.Kick kick && !kick.reason().isEmpty()) {
      checked(session, kick.reason(), () -> session.toHub(request));
    } else {
      session.toHub(request);
    }
  }

  private static void loggedIn(Session session, Runnable action) {
    if (session.loggedIn()) {
      action.run();
    } else {
      reply(session, AccountReplies.notLoggedIn());
    }
  }

  /** Runs {@code send} if {@code text} may be sent, else tells the member why not. */
  private static void checked(Session session, String text, Runnable send) {
    Optional<String> problem = TextRules.problem(text);
    problem.ifPresent(p -> session.metrics().rejected(RelayMetrics.Rejection.CONTROL_CHARACTERS));
    problemOr(session, problem.map(Replies::badText), send);
  }

  private static void problemOr(Session session, Optional<String> problem, Runnable action) {
    problem.ifPresentOrElse(line -> reply(session, line), action);
  }

  private static void reply(Session session, String line) {
    session.reply(Lines.encode(line));
  }
}

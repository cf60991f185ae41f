package dev.relay.client;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The client's event loop: connects, shows what the server says, sends what the user types, reconnects
 * after a lost connection (to the next server that answers, see {@link Failover}) and leaves on
 * {@code /quit} or the end of input.
 *
 * <p>After each welcome the client asks for room lines with their ids ({@code /ids on}) and goes back to the user's
 * room, resuming from the last line shown there; {@link RoomLines} keeps any room line from being shown twice.
 *
 * <p>All client state lives here, in {@link Session}, {@link SeenLines} and {@link RoomLines}, and is touched only
 * by the thread that calls {@link #run}; the socket reader and the input pump reach it through one event queue. A typed line waits
 * ("is held") while there is no connection or the client is still answering the handshake itself, so it is
 * never taken for an alias; the input pump reads nothing more until the held line is gone. {@code /send} and
 * {@code /get} are the client's own ({@link FileTransfers}); a script's next line waits for the transfer to end.
 */
final class ChatClient {

  /** How long to wait for the server to close the connection after our {@code /quit}. */
  private static final Duration QUIT_GRACE = Duration.ofSeconds(10);
  private static final String IDS_ON = "/ids on";

  private final ClientSettings settings;
  private final Console console;
  private final Session session;
  private final RoomLines roomLines;
  private final Backoff backoff;
  private final Failover failover;
  private final BlockingQueue<ClientEvent> events = new LinkedBlockingQueue<>();
  private final InputPump input;
  private final HttpTransfers http;
  private final FileTransfers files;
  private ServerLink link;
  private String heldLine;
  /**
   * The user answered the handshake (an alias, a password): the next line is read once the server has answered,
   * so that a {@code password?} arriving meanwhile is typed without echo.
   */
  private boolean answerPending;
  private boolean inputEnded;
  private boolean quitting;
  private boolean done;
  /** System.nanoTime() of the next reconnect attempt, or of giving up on the server closing after /quit. */
  private Long deadline;

  ChatClient(ClientSettings settings, Console console) {
    this.settings = settings;
    this.console = console;
    SeenLines seen = new SeenLines();
    this.session = new Session(settings.alias(), seen);
    this.roomLines = new RoomLines(seen);
    this.backoff = Backoff.standard(settings.reconnectAttempts());
    this.failover = new Failover(settings.servers(), settings.tls(), InetAddress::getAllByName);
    this.input = new InputPump(console, events::add);
    this.http = new HttpTransfers(settings.tls(), Clock.systemUTC());
    this.files = new FileTransfers(console, events::add, http, this::sendWhileChatting,
        settings.interactive() ? () -> { } : input::lineHandled, settings.interactive());
  }

  /** Returns when the user has left; throws when the client gives up. */
  void run() throws ClientFailure, InterruptedException {
    try {
      connect();
    } catch (Failover.RoundFailed e) {
      throw new ClientFailure("cannot connect to " + e.getMessage());
    }
    console.prompt(prompt());
    input.start();
    try {
      while (!done) {
        ClientEvent event = nextEvent();
        if (event == null) {
          onDeadline();
        } else {
          handle(event);
        }
        console.prompt(prompt());
      }
    } finally {
      if (link != null) {
        link.close();
      }
      http.close();
    }
  }

  private ClientEvent nextEvent() throws InterruptedException {
    if (deadline == null) {
      return events.take();
    }
    long wait = deadline - System.nanoTime();
    return wait > 0 ? events.poll(wait, TimeUnit.NANOSECONDS) : null;
  }

  private void handle(ClientEvent event) throws ClientFailure {
    if (event instanceof ClientEvent.ServerSaid said) {
      if (said.link() == link) {
        onServerLine(said.line());
      }
    } else if (event instanceof ClientEvent.LinkClosed closed) {
      if (closed.link() == link) {
        onLinkClosed();
      }
    } else if (event instanceof ClientEvent.UserTyped typed) {
      heldLine = typed.line();
      sendHeldLine();
    } else if (event instanceof ClientEvent.InputEnded) {
      onInputEnded();
    } else if (event instanceof ClientEvent.FileNews news) {
      files.onNews(news.news());
    }
  }

  private void onServerLine(String text) throws ClientFailure {
    ServerLine line = ServerLine.parse(text);
    boolean answersFiles = files.onServerLine(text);
    // On a terminal the prompt itself says "alias? " and "password? "; a resume token is kept, not shown.
    if (line instanceof ServerLine.ResumeToken) {
      console.notice("* (resume token kept: a reconnect logs in with it)");
    } else if (!answersFiles && !(settings.interactive()
        && (line instanceof ServerLine.AliasPrompt || line instanceof ServerLine.PasswordPrompt))) {
      show(roomLines.onLine(line, text, session.room().orElse(null)));
    }
    boolean answered = answerPending && (line instanceof ServerLine.AliasPrompt
        || line instanceof ServerLine.PasswordPrompt || line instanceof ServerLine.Welcome
        || line instanceof ServerLine.Error);
    boolean wasChatting = session.chatting();
    Session.Reaction reaction = session.onLine(line);
    if (!wasChatting && session.chatting()) {
      backoff.reset();
    }
    if (reaction instanceof Session.Reaction.Send send) {
      send(send.line());
    } else if (reaction instanceof Session.Reaction.AliasRefused refused) {
      onAliasRefused(refused.reason());
    } else if (reaction instanceof Session.Reaction.Welcomed welcomed) {
      onWelcome(welcomed);
    } else if (reaction instanceof Session.Reaction.Entered entered) {
      roomLines.entered(entered.room(), false);
    }
    if (answered) {
      // The prompt first: the next line is read with it, a password without echo.
      console.prompt(prompt());
      releaseAnswer();
    }
    sendHeldLine();
  }

  /** A transfer's progress goes before the prompt, redrawn in place; never before a password's, typed unseen. */
  private String prompt() {
    Optional<String> progress = session.chatting() ? files.progress() : Optional.empty();
    return progress.map(text -> "(" + text + ") ").orElse("") + session.prompt();
  }

  private void show(List<RoomLines.Out> out) {
    for (RoomLines.Out item : out) {
      if (item instanceof RoomLines.Out.Show shown) {
        console.show(shown.line());
      } else if (item instanceof RoomLines.Out.Note note) {
        console.notice(note.text());
      }
    }
  }

  /**
   * Ids first, so that every room line from now on has one; then back to the user's room. The welcome's room is
   * only passed through then, so its last lines are not shown: the resume says what was missed.
   */
  private void onWelcome(Session.Reaction.Welcomed welcomed) {
    send(IDS_ON);
    roomLines.askedIds();
    Session.Back back = welcomed.back();
    roomLines.entered(welcomed.room(), !(back instanceof Session.Back.Stay));
    if (back instanceof Session.Back.Resume resume) {
      send(resume.line());
    } else if (back instanceof Session.Back.Rejoin rejoin) {
      send(rejoin.line());
    }
  }

  private void onAliasRefused(String reason) throws ClientFailure {
    if (!settings.interactive()) {
      throw new ClientFailure(reason);
    }
    if (heldLine != null && !inputEnded) {
      // Typed before the refusal: sent now, it would be taken for the new alias.
      console.notice("* not sent: " + heldLine);
      heldLine = null;
      input.lineHandled();
    }
  }

  private void releaseAnswer() {
    answerPending = false;
    input.lineHandled();
  }

  private void onLinkClosed() throws ClientFailure {
    link = null;
    roomLines.connectionLost();
    files.connectionLost();
    if (answerPending) {
      releaseAnswer();
    }
    if (quitting || inputEnded) {
      done = true;
      return;
    }
    session.connectionLost();
    scheduleReconnect("connection lost");
  }

  private void onInputEnded() {
    inputEnded = true;
    if (link == null) {
      done = true;
      return;
    }
    heldLine = Session.QUIT;
    sendHeldLine();
  }

  private void onDeadline() throws ClientFailure {
    deadline = null;
    if (quitting) {
      done = true;
      return;
    }
    if (link != null) {
      return;
    }
    try {
      connect();
    } catch (Failover.RoundFailed e) {
      scheduleReconnect("reconnect failed: " + e.failures().reasons());
    }
  }

  /** One connect round over every address; says so when it lands elsewhere than the last connection. */
  private void connect() throws Failover.RoundFailed {
    Failover.Connected connected = failover.connect(events::add);
    link = connected.link();
    if (connected.moved()) {
      console.notice("* connected to " + connected.address().name());
    }
  }

  private void scheduleReconnect(String why) throws ClientFailure {
    Optional<Duration> delay = backoff.next();
    if (delay.isEmpty()) {
      throw new ClientFailure(backoff.used() == 0
          ? "connection to " + failover.last().map(ServerAddresses.Address::name).orElseThrow() + " lost"
          : "gave up on " + settings.servers().describe() + " after " + backoff.describeUsed() + " (" + why + ")");
    }
    console.notice("* " + why + ", reconnecting in " + String.format(Locale.ROOT, "%.1f", delay.get().toMillis() / 1000.0) + "s");
    deadline = System.nanoTime() + delay.get().toNanos();
  }

  private void sendHeldLine() {
    if (heldLine == null || link == null || !session.acceptsInput()) {
      return;
    }
    String line = heldLine;
    heldLine = null;
    boolean handshake = !session.chatting();
    FileTransfers.Typed typed = handshake ? FileTransfers.Typed.NOT_MINE : files.typed(line);
    if (typed != FileTransfers.Typed.NOT_MINE) {
      if (typed == FileTransfers.Typed.DONE || settings.interactive()) {
        input.lineHandled();
      }
      return;
    }
    send(line);
    session.userSent();
    if (handshake && settings.interactive() && !inputEnded) {
      answerPending = true;
    } else {
      input.lineHandled();
    }
  }

  private boolean sendWhileChatting(String line) {
    if (link == null || !session.chatting()) {
      return false;
    }
    send(line);
    return true;
  }

  private void send(String line) {
    try {
      link.send(line);
    } catch (IOException e) {
      // The reader sees the broken socket too and reports the loss, which starts the reconnect.
      link.close();
      return;
    }
    if (Session.isQuit(line)) {
      quitting = true;
      deadline = System.nanoTime() + QUIT_GRACE.toNanos();
    }
  }
}

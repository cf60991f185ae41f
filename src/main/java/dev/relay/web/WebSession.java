package dev.relay.web;

import dev.relay.bus.HistoryQuery;
import dev.relay.bus.HistoryRef;
import dev.relay.bus.HubRequest;
import dev.relay.bus.Replay;
import dev.relay.chat.Names;
import dev.relay.edge.Dialect;
import dev.relay.edge.EdgeConnection;
import dev.relay.edge.Frame;
import dev.relay.edge.LineInput;
import dev.relay.line.AccountReplies;
import dev.relay.line.ChatSession;
import dev.relay.line.CommandDispatch;
import dev.relay.line.CommandTable;
import dev.relay.line.Replies;
import dev.relay.ops.RelayMetrics;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One browser's session (docs/PROTOCOL.md 12): each WebSocket message is a line of the line protocol, spoken in the
 * room it names, and the answers go out as JSON. Unlike a line-protocol connection it stays in every room it joins.
 *
 * <p>Confined to its listener's event loop. Reading stops while the hub or the flood gate makes it wait.
 */
final class WebSession extends ChatSession implements LineInput.Reader {

  private final LineInput input;
  /** The keys of the rooms the connection is in, in joining order. */
  private final List<String> rooms = new ArrayList<>(2);
  /** The key of the room the message being handled speaks in, or null: the room joined last. */
  private String speakingIn;

  WebSession(EdgeConnection connection, LineInput input) {
    super(connection);
    this.input = input;
  }

  @Override
  public Dialect dialect() {
    return WebDialect.INSTANCE;
  }

  @Override
  public void start() {
    startHandshakeTimer();
    connection.deliver(words(Replies.ALIAS_PROMPT));
  }

  @Override
  public void onData(Buffer data) {
    input.feed(data);
    process();
  }

  @Override
  protected void process() {
    input.process(this);
  }

  @Override
  public void handle(Frame frame) {
    String message = connection.utf8().decode(((Frame.Line) frame).bytes());
    WebRequest request = message == null ? new WebRequest.Malformed(Replies.invalidUtf8()) : WebRequest.parse(message);
    if (request instanceof WebRequest.Malformed malformed) {
      metrics().rejected(RelayMetrics.Rejection.MALFORMED);
      reject(malformed.problem());
    } else if (request instanceof WebRequest.Part part) {
      if (state == State.CHATTING) {
        toHub(new HubRequest.Part(id(), Names.key(Names.stripRoomPrefix(part.room())), ""));
      } else {
        reject(Replies.aliasFirst());
      }
    } else {
      line((WebRequest.Line) request);
    }
  }

  private void line(WebRequest.Line line) {
    String key = line.room() == null ? null : Names.key(Names.stripRoomPrefix(line.room()));
    speakingIn = key != null && rooms.contains(key) ? key : null;
    if (state == State.HANDSHAKE) {
      CommandDispatch.handshake(this, line.text());
    } else if (state == State.PASSWORD) {
      passwordLine(line.text());
    } else {
      CommandDispatch.chat(this, CommandTable.parse(line.text()));
    }
  }

  @Override
  public String room() {
    if (speakingIn != null && rooms.contains(speakingIn)) {
      return speakingIn;
    }
    return rooms.isEmpty() ? null : rooms.get(rooms.size() - 1);
  }

  /**
   * {@code /join} and {@code /resume} enter a room and keep the others; resuming a room the connection is in
   * replays the lines after the given one.
   */
  @Override
  public void move(HubRequest.Move move) {
    String key = Names.key(move.toRoom());
    if (rooms.contains(key) && move.resumeAfter() >= 0) {
      toHub(new HubRequest.History(id(), key,
          new HistoryQuery.Latest(HistoryRef.line(move.resumeAfter()), Integer.MAX_VALUE), Replay.RESUMED));
    } else {
      awaitEntering(new HubRequest.Join(move.from(), move.toRoom(), move.key(), move.resumeAfter()));
    }
  }

  @Override
  public void joined(String roomKey) {
    if (!rooms.contains(roomKey)) {
      rooms.add(roomKey);
    }
    super.joined(roomKey);
  }

  @Override
  public void parted(String roomKey) {
    rooms.remove(roomKey);
    connection.deliver(WebDialect.encode(WebEvents.parted(roomKey).encode()));
  }

  @Override
  public void reply(Buffer lines) {
    for (String line : lines.toString(StandardCharsets.UTF_8).split("\r\n")) {
      if (!line.isEmpty()) {
        connection.deliver(words(line));
      }
    }
  }

  @Override
  protected Buffer words(String line) {
    return WebDialect.encode((line.equals(AccountReplies.PASSWORD_PROMPT) ? WebEvents.passwordPrompt(line)
        : WebEvents.words(line)).encode());
  }
}

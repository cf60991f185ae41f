package dev.relay.irc;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.HubRequest;
import dev.relay.bus.Replay;
import dev.relay.chat.Names;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * History on IRC for one client (docs/IRC.md 10): {@code CHATHISTORY} asked of the hub and its answers as batches, a
 * room's last lines replayed on joining it, the private messages kept while the client was away.
 *
 * <p>The hub answers a member's requests in order and names only the room, so the requests waiting for an answer are
 * kept here, oldest first, and an answer goes to the oldest one about its room. At most {@link #MAX_PENDING} wait;
 * the hub answers every one (lines, or a refusal), throttling a member who asks too often. Confined to the
 * listener's event loop, like its session.
 */
final class IrcHistory {

  /** Requests that may wait for the hub's answer at once; a client asking more is told to wait. */
  static final int MAX_PENDING = 16;

  /** A request sent to the hub: its room and subcommand, which a FAIL names. */
  private record Pending(String roomKey, String subcommand) {
  }

  private final IrcSession session;
  /** Null until the first request: most clients never ask. */
  private Deque<Pending> pending;
  private long batches;

  IrcHistory(IrcSession session) {
    this.session = session;
  }

  /** {@code CHATHISTORY <subcommand> <target> ...}. */
  void command(IrcMessage message) {
    ChathistoryCommand.Parsed parsed = ChathistoryCommand.parse(message.params());
    if (parsed instanceof ChathistoryCommand.Fail fail) {
      session.send(failLine(fail.code(), fail.context(), fail.text()));
    } else if (parsed instanceof ChathistoryCommand.NoHistory none) {
      deliver(batch("chathistory", none.target(), List.of()));
    } else if (parsed instanceof ChathistoryCommand.Targets) {
      deliver(batch("draft/chathistory-targets", null, List.of()));
    } else if (parsed instanceof ChathistoryCommand.Ask ask) {
      if (pending == null) {
        pending = new ArrayDeque<>(4);
      } else if (pending.size() >= MAX_PENDING) {
        session.send(failLine(ChathistoryCommand.MESSAGE_ERROR, List.of(ask.subcommand(), ask.channel()),
            "Too many history requests waiting: wait for their answers"));
        return;
      }
      pending.add(new Pending(ask.roomKey(), ask.subcommand()));
      session.toHub(new HubRequest.History(session.id(), ask.roomKey(), ask.query(), Replay.ASKED));
    }
  }

  /** Appends {@code event} if it is about history or kept messages; returns whether it was. */
  boolean render(ChatEvent event, IrcDialect dialect, Buffer out) {
    if (event instanceof ChatEvent.History history) {
      history(history, dialect, out);
    } else if (event instanceof ChatEvent.Mailbox mailbox) {
      mailbox(mailbox, dialect, out);
    } else if (event instanceof ChatEvent.KeptForLater kept) {
      notice(out, session.nickOrStar(), kept.alias() + " is not connected: your message is kept for them until they"
          + " log in");
    } else if (event instanceof ChatEvent.Refused refused) {
      return refused(refused, out);
    } else {
      return false;
    }
    return true;
  }

  private void history(ChatEvent.History history, IrcDialect dialect, Buffer out) {
    String channel = IrcDialect.channel(history.room());
    List<ChatEvent.Line> lines = shown(history.lines());
    if (history.why() == Replay.ASKED) {
      take(history.room());
      out.appendBuffer(batch("chathistory", channel, lines, dialect));
    } else if (history.why() == Replay.RESUMED || history.why() == Replay.RENUMBERED
        || !session.has(IrcCapability.CHATHISTORY)) {
      replay(history, channel, lines, dialect, out);
    }
  }

  /**
   * A room's last lines on entering it, for a client that does not ask for them itself: a batch with
   * {@code batch}, otherwise between two notices, since they are not said now.
   */
  private void replay(ChatEvent.History history, String channel, List<ChatEvent.Line> lines, IrcDialect dialect,
      Buffer out) {
    if (history.gone() > 0) {
      notice(out, channel, "*** " + history.missed() + " lines were said since you left; " + history.gone()
          + " of them are no longer kept");
    }
    if (lines.isEmpty()) {
      return;
    }
    if (session.has(IrcCapability.BATCH)) {
      out.appendBuffer(batch("chathistory", channel, lines, dialect));
      return;
    }
    notice(out, channel, "*** Replaying the last " + (lines.size() == 1 ? "line" : lines.size() + " lines") + " of "
        + channel);
    for (ChatEvent.Line line : lines) {
      dialect.line(line, null, out);
    }
    notice(out, channel, "*** End of replay");
  }

  private void mailbox(ChatEvent.Mailbox mailbox, IrcDialect dialect, Buffer out) {
    int count = mailbox.messages().size();
    if (count == 0) {
      return;
    }
    String nick = session.nickOrStar();
    notice(out, nick, "*** " + (count == 1 ? "1 private message was" : count + " private messages were")
        + " kept for you while you were away");
    for (ChatEvent.PrivateMessage message : mailbox.messages()) {
      dialect.renderPrivate(message, nick, out);
    }
  }

  /** The hub's refusal of a request waiting here, as the FAIL (or empty batch) that answers it. */
  private boolean refused(ChatEvent.Refused refused, Buffer out) {
    ChatEvent.Refusal why = refused.refusal();
    if (why != ChatEvent.Refusal.NOT_IN_ROOM && why != ChatEvent.Refusal.HISTORY_OFF
        && why != ChatEvent.Refusal.HISTORY_THROTTLED && why != ChatEvent.Refusal.STORE_UNAVAILABLE) {
      return false;
    }
    Pending asked = take(refused.subject());
    if (asked == null) {
      return false;
    }
    String channel = IrcDialect.channel(refused.subject());
    List<String> context = List.of(asked.subcommand(), channel);
    switch (why) {
      case NOT_IN_ROOM -> out.appendBuffer(failBuffer(ChathistoryCommand.INVALID_TARGET, context,
          "Messages could not be retrieved: you are not on that channel"));
      case HISTORY_OFF -> out.appendBuffer(batch("chathistory", channel, List.of()));
      case HISTORY_THROTTLED -> out.appendBuffer(failBuffer(ChathistoryCommand.MESSAGE_ERROR, context,
          "Too many history requests: try again in a moment"));
      default -> out.appendBuffer(failBuffer(ChathistoryCommand.MESSAGE_ERROR, context,
          "History cannot be read right now: try again later"));
    }
    return true;
  }

  /** The oldest request waiting about the room named {@code room}, taken off the queue; null when none waits. */
  private Pending take(String room) {
    if (pending == null) {
      return null;
    }
    String key = Names.key(room);
    for (Iterator<Pending> it = pending.iterator(); it.hasNext(); ) {
      Pending next = it.next();
      if (next.roomKey().equals(key)) {
        it.remove();
        return next;
      }
    }
    return null;
  }

  /** The lines a history batch may hold: without {@code draft/event-playback}, only messages (no topics). */
  private List<ChatEvent.Line> shown(List<ChatEvent.Line> lines) {
    if (session.has(IrcCapability.EVENT_PLAYBACK)) {
      return lines;
    }
    List<ChatEvent.Line> messages = new ArrayList<>(lines.size());
    for (ChatEvent.Line line : lines) {
      if (!(line instanceof ChatEvent.TopicChanged)) {
        messages.add(line);
      }
    }
    return messages;
  }

  private Buffer batch(String type, String target, List<ChatEvent.Line> lines) {
    return batch(type, target, lines, (IrcDialect) session.dialect());
  }

  /**
   * {@code lines} in a batch of {@code type} about {@code target} (null: none), each line tagged with it; without
   * {@code batch}, the lines alone.
   */
  private Buffer batch(String type, String target, List<ChatEvent.Line> lines, IrcDialect dialect) {
    Buffer out = Buffer.buffer();
    if (!session.has(IrcCapability.BATCH)) {
      for (ChatEvent.Line line : lines) {
        dialect.line(line, null, out);
      }
      return out;
    }
    String id = "h" + ++batches;
    IrcWire.append(out, target == null ? IrcWire.line(session.server(), "BATCH", "+" + id, type)
        : IrcWire.line(session.server(), "BATCH", "+" + id, type, target));
    for (ChatEvent.Line line : lines) {
      dialect.line(line, id, out);
    }
    IrcWire.append(out, IrcWire.line(session.server(), "BATCH", "-" + id));
    return out;
  }

  private void deliver(Buffer out) {
    if (out.length() > 0) {
      session.connection().deliver(out);
    }
  }

  private String failLine(String code, List<String> context, String text) {
    List<String> params = new ArrayList<>(context.size() + 2);
    params.add("CHATHISTORY");
    params.add(code);
    params.addAll(context);
    return IrcWire.withText(session.server(), "FAIL", params, text);
  }

  private Buffer failBuffer(String code, List<String> context, String text) {
    Buffer out = Buffer.buffer();
    IrcWire.append(out, failLine(code, context, text));
    return out;
  }

  private void notice(Buffer out, String target, String text) {
    IrcWire.append(out, IrcWire.withText(session.server(), "NOTICE", List.of(target), text));
  }
}

package dev.relay.irc;

import dev.relay.bus.ChatEvent;
import dev.relay.chat.Names;
import dev.relay.edge.Dialect;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * IRC's rendering of room events (docs/IRC.md): {@code PRIVMSG}, {@code NOTICE}, {@code TOPIC}, {@code JOIN},
 * {@code PART}, {@code QUIT} and {@code NICK} lines from the member's {@code nick!user@host}, channel {@code #room},
 * and rooms' rules by {@link IrcRoomEvents}. One rendering per set of tags a client asked for ({@link Variants}:
 * {@code server-time}'s {@code time}, {@code message-tags}' {@code msgid} on room lines), so that each is made once
 * per room and turn. A member of several rooms hears of a rename or a quit once, and its own lines are not echoed.
 * History's lines are rendered the same way, for one client, inside a batch ({@link #line(ChatEvent.Line, String,
 * Buffer)}).
 */
public final class IrcDialect implements Dialect {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final String ACTION_START = IrcText.CTCP + "ACTION ";

  private final boolean serverTime;
  private final boolean messageIds;
  private final IrcRoomEvents roomEvents;

  /**
   * @param serverTime whether lines carry {@code time}
   * @param messageIds whether room lines carry {@code msgid}
   * @param server     the server's name, which its own notices to a channel come from
   */
  IrcDialect(boolean serverTime, boolean messageIds, String server) {
    this.serverTime = serverTime;
    this.messageIds = messageIds;
    this.roomEvents = new IrcRoomEvents(server);
  }

  /** The four renderings of one front end: without tags, with {@code time}, with {@code msgid}, with both. */
  static final class Variants {

    private final IrcDialect[] all = new IrcDialect[4];

    Variants(String server) {
      for (int i = 0; i < all.length; i++) {
        all[i] = new IrcDialect((i & 1) != 0, (i & 2) != 0, server);
      }
    }

    IrcDialect of(boolean serverTime, boolean messageTags) {
      return all[(serverTime ? 1 : 0) | (messageTags ? 2 : 0)];
    }
  }

  @Override
  public boolean tellsMemberEventsOnce() {
    return true;
  }

  @Override
  public boolean echoesOwnLines() {
    return false;
  }

  @Override
  public void render(ChatEvent event, Buffer out) {
    if (event instanceof ChatEvent.Line e) {
      line(e, null, out);
    } else if (event instanceof ChatEvent.Joined e) {
      IrcWire.append(out, IrcWire.line(IrcWire.source(e.alias()), "JOIN", channel(e.room())));
    } else if (event instanceof ChatEvent.Left e) {
      IrcWire.append(out, e.reason().isEmpty()
          ? IrcWire.line(IrcWire.source(e.alias()), "PART", channel(e.room()))
          : IrcWire.withText(IrcWire.source(e.alias()), "PART", List.of(channel(e.room())), e.reason()));
    } else if (event instanceof ChatEvent.Quit e) {
      IrcWire.append(out, IrcWire.withText(IrcWire.source(e.alias()), "QUIT", List.of(),
          e.reason().isEmpty() ? "Quit" : e.reason()));
    } else if (event instanceof ChatEvent.Renamed e) {
      IrcWire.append(out, IrcWire.line(IrcWire.source(e.oldAlias()), "NICK", e.newAlias()));
    } else if (event instanceof ChatEvent.InRoom e && roomEvents.render(e, out)) {
      return;
    } else if (event instanceof ChatEvent.PrivateMessage e) {
      throw new IllegalArgumentException("a private message names its recipient: use renderPrivate");
    } else {
      throw new IllegalArgumentException("not a room event: " + event);
    }
  }

  /**
   * A room line as {@code PRIVMSG} (an action as CTCP ACTION), {@code NOTICE} or {@code TOPIC}, with this rendering's
   * tags and, for history, {@code batch} (null: none).
   */
  void line(ChatEvent.Line line, String batch, Buffer out) {
    LineTags tags = new LineTags(batch, line);
    String channel = channel(line.room());
    if (line instanceof ChatEvent.Said e) {
      text(out, tags, e.alias(), "PRIVMSG", channel, e.text());
    } else if (line instanceof ChatEvent.Acted e) {
      action(out, tags, e.alias(), channel, e.action());
    } else if (line instanceof ChatEvent.Shared e) {
      action(out, tags, e.alias(), channel, e.text());
    } else if (line instanceof ChatEvent.Noticed e) {
      text(out, tags, e.alias(), "NOTICE", channel, e.text());
    } else if (line instanceof ChatEvent.TopicChanged e) {
      IrcWire.append(out, tags.piece(1), IrcWire.withText(IrcWire.source(e.by()), "TOPIC", List.of(channel),
          e.topic()));
    }
  }

  /** A private message, addressed to {@code nick}. */
  void renderPrivate(ChatEvent.PrivateMessage message, String nick, Buffer out) {
    String tags = serverTime ? "@time=" + time(message.at()) + " " : "";
    text(out, piece -> tags, message.from(), message.notice() ? "NOTICE" : "PRIVMSG", nick, message.text());
  }

  static String channel(String room) {
    return "#" + room;
  }

  /** An instant as {@code server-time} and {@code CHATHISTORY} write it: {@code YYYY-MM-DDThh:mm:ss.sssZ}. */
  static String time(Instant at) {
    return TIME.format(at);
  }

  /** The tags of each IRC line a chat line becomes: {@code @...} and a space, or nothing. */
  @FunctionalInterface
  private interface Tags {
    String piece(int piece);
  }

  /** {@code batch}, {@code msgid} and {@code time} as this rendering and the line call for. */
  private final class LineTags implements Tags {

    private final String batch;
    private final ChatEvent.Line line;
    private final String roomKey;

    LineTags(String batch, ChatEvent.Line line) {
      this.batch = batch;
      this.line = line;
      this.roomKey = messageIds ? Names.key(line.room()) : null;
    }

    @Override
    public String piece(int piece) {
      if (batch == null && !messageIds && !serverTime) {
        return "";
      }
      StringBuilder tags = new StringBuilder(64).append('@');
      if (batch != null) {
        tags.append("batch=").append(batch).append(';');
      }
      if (messageIds) {
        tags.append("msgid=").append(MessageIds.of(roomKey, line.seq(), line.at(), piece)).append(';');
      }
      if (serverTime) {
        tags.append("time=").append(time(line.at())).append(';');
      }
      tags.setCharAt(tags.length() - 1, ' ');
      return tags.toString();
    }
  }

  /** The text in as many lines as it takes. */
  private static void text(Buffer out, Tags tags, String from, String command, String target, String text) {
    String head = IrcWire.withText(IrcWire.source(from), command, List.of(target), "");
    int piece = 0;
    for (String part : IrcText.pieces(text, room(head, 0))) {
      IrcWire.append(out, tags.piece(++piece), head + part);
    }
  }

  private static void action(Buffer out, Tags tags, String from, String target, String action) {
    String head = IrcWire.withText(IrcWire.source(from), "PRIVMSG", List.of(target), ACTION_START);
    int piece = 0;
    for (String part : IrcText.pieces(action, room(head, 1))) {
      IrcWire.append(out, tags.piece(++piece), head + part + IrcText.CTCP);
    }
  }

  /** The bytes left for text in a line that starts with {@code head} and ends with {@code trailer} bytes. */
  private static int room(String head, int trailer) {
    return Math.max(1, IrcWire.MAX_LINE_BYTES - head.getBytes(StandardCharsets.UTF_8).length - trailer);
  }
}

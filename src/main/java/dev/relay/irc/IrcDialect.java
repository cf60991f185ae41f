package dev.relay.irc;

import dev.relay.bus.ChatEvent;
import dev.relay.edge.Dialect;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * IRC's rendering of room events (docs/IRC.md): {@code PRIVMSG}, {@code NOTICE}, {@code JOIN}, {@code PART},
 * {@code QUIT} and {@code NICK} lines from the member's {@code nick!user@host}, channel {@code #room}, and rooms'
 * rules by {@link IrcRoomEvents}. Two renderings per front end, so that each is made once per room and turn: plain,
 * and with the {@code server-time} tag for clients that asked for it. A member of several rooms hears of a rename or a quit once, and its own lines are not echoed.
 */
public final class IrcDialect implements Dialect {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final String ACTION_START = IrcText.CTCP + "ACTION ";

  private final boolean serverTime;
  private final IrcRoomEvents roomEvents;

  /** @param server the server's name, which its own notices to a channel come from */
  IrcDialect(boolean serverTime, String server) {
    this.serverTime = serverTime;
    this.roomEvents = new IrcRoomEvents(server);
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
    if (event instanceof ChatEvent.Said e) {
      text(out, e.at(), e.alias(), "PRIVMSG", channel(e.room()), e.text());
    } else if (event instanceof ChatEvent.Acted e) {
      action(out, e.at(), e.alias(), channel(e.room()), e.action());
    } else if (event instanceof ChatEvent.Noticed e) {
      text(out, e.at(), e.alias(), "NOTICE", channel(e.room()), e.text());
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

  /** A private message, addressed to {@code nick}. */
  void renderPrivate(ChatEvent.PrivateMessage message, String nick, Buffer out) {
    text(out, message.at(), message.from(), message.notice() ? "NOTICE" : "PRIVMSG", nick, message.text());
  }

  static String channel(String room) {
    return "#" + room;
  }

  /** The text in as many lines as it takes. */
  private void text(Buffer out, Instant at, String from, String command, String target, String text) {
    String head = IrcWire.withText(IrcWire.source(from), command, List.of(target), "");
    String tags = tags(at);
    for (String piece : IrcText.pieces(text, room(head, 0))) {
      IrcWire.append(out, tags, head + piece);
    }
  }

  private void action(Buffer out, Instant at, String from, String target, String action) {
    String head = IrcWire.withText(IrcWire.source(from), "PRIVMSG", List.of(target), ACTION_START);
    String tags = tags(at);
    for (String piece : IrcText.pieces(action, room(head, 1))) {
      IrcWire.append(out, tags, head + piece + IrcText.CTCP);
    }
  }

  /** The bytes left for text in a line that starts with {@code head} and ends with {@code trailer} bytes. */
  private static int room(String head, int trailer) {
    return Math.max(1, IrcWire.MAX_LINE_BYTES - head.getBytes(StandardCharsets.UTF_8).length - trailer);
  }

  private String tags(Instant at) {
    return serverTime ? "@time=" + TIME.format(at) + " " : "";
  }
}

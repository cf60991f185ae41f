package dev.relay.irc;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.SanctionKind;
import io.vertx.core.buffer.Buffer;
import java.util.List;

/**
 * Rooms' rules as IRC shows them to a channel (docs/IRC.md 6): settings, ranks and bans as {@code MODE} lines from
 * whoever changed them, a kick as {@code KICK}; what IRC has no line for (mutes, a room registered, its history
 * cleared) as a {@code NOTICE} to the channel from the server. A topic is a line of the room's history, which
 * {@link IrcDialect} renders with its tags. Depends on the event alone, like every room event.
 */
final class IrcRoomEvents {

  private final String server;

  IrcRoomEvents(String server) {
    this.server = server;
  }

  /** Appends {@code event} if it is one of rooms' rules; returns whether it was. */
  boolean render(ChatEvent.InRoom event, Buffer out) {
    String channel = IrcDialect.channel(event.room());
    if (event instanceof ChatEvent.ModesChanged e) {
      IrcWire.append(out, IrcWire.line(IrcWire.source(e.by()), "MODE", ChannelModes.changes(channel, e.changes())));
    } else if (event instanceof ChatEvent.RankChanged e) {
      IrcWire.append(out, IrcWire.line(IrcWire.source(e.by()), "MODE", channel,
          (e.granted() ? "+" : "-") + ChannelModes.letter(e.rank()), e.alias()));
    } else if (event instanceof ChatEvent.Kicked e) {
      IrcWire.append(out, IrcWire.withText(IrcWire.source(e.by()), "KICK", List.of(channel, e.alias()),
          e.reason().isEmpty() ? e.by() : e.reason()));
    } else if (event instanceof ChatEvent.SanctionChanged e) {
      sanction(e, channel, out);
    } else if (event instanceof ChatEvent.RoomRegistered e) {
      notice(out, channel, e.owner() + " registered " + channel + ": its modes, topic and operators are kept");
    } else if (event instanceof ChatEvent.HistoryCleared e) {
      notice(out, channel, e.by() + " cleared the history of " + channel + ": what was said before is no longer kept");
    } else {
      return false;
    }
    return true;
  }

  private void sanction(ChatEvent.SanctionChanged e, String channel, Buffer out) {
    if (e.kind() == SanctionKind.BAN) {
      IrcWire.append(out, IrcWire.line(IrcWire.source(e.by()), "MODE", channel, (e.set() ? "+b" : "-b"),
          BanMasks.mask(e.target())));
    } else if (e.set()) {
      notice(out, channel, e.by() + " muted " + e.target() + " in " + channel
          + (e.until() == null ? "" : " until " + e.until()) + (e.reason().isEmpty() ? "" : ": " + e.reason()));
    } else {
      notice(out, channel, e.by() + " lifted the mute on " + e.target() + " in " + channel);
    }
  }

  private void notice(Buffer out, String target, String text) {
    IrcWire.append(out, IrcWire.withText(server, "NOTICE", List.of(target), text));
  }
}

package dev.relay.irc;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.SanctionKind;
import dev.relay.chat.Names;
import io.vertx.core.buffer.Buffer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The hub's answers about rooms' rules as numerics to this client (docs/IRC.md 6): a topic ({@code 332}, {@code 333},
 * {@code 331}), settings ({@code 324}), the ban list ({@code 367}, {@code 368}), invitations ({@code 341},
 * {@code INVITE}), and why a join, a message or a change was refused. Remembers the channel of each recent INVITE, as
 * the hub's refusal names only the nick.
 */
final class IrcRoomReplies {

  /** Recent invitations remembered for their refusals; older ones are forgotten. */
  private static final int REMEMBERED_INVITES = 16;

  private final IrcSession session;
  private final Map<String, String> invitedTo = new LinkedHashMap<>(REMEMBERED_INVITES, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
      return size() > REMEMBERED_INVITES;
    }
  };

  IrcRoomReplies(IrcSession session) {
    this.session = session;
  }

  /** The client invited {@code nick} to {@code channel}. */
  void inviting(String nick, String channel) {
    invitedTo.put(Names.key(nick), channel);
  }

  /** The channel the client last invited {@code nick} to, or null. */
  String invitedTo(String nick) {
    return invitedTo.remove(Names.key(nick));
  }

  /** Appends {@code event} if it is an answer about rooms' rules; returns whether it was. */
  boolean render(ChatEvent event, Buffer out) {
    if (event instanceof ChatEvent.Topic e) {
      topic(e, out);
    } else if (event instanceof ChatEvent.Modes e) {
      List<String> modes = ChannelModes.describe(e.modes(), session.channels().contains(Names.key(e.room())));
      String[] params = new String[modes.size() + 1];
      params[0] = IrcDialect.channel(e.room());
      for (int i = 0; i < modes.size(); i++) {
        params[i + 1] = modes.get(i);
      }
      line(out, IrcReplies.RPL_CHANNELMODEIS, params);
      line(out, IrcReplies.RPL_CREATIONTIME, params[0], Long.toString(e.created().getEpochSecond()));
    } else if (event instanceof ChatEvent.Sanctions e) {
      banList(e, out);
    } else if (event instanceof ChatEvent.Banned e) {
      banned(e, out);
    } else if (event instanceof ChatEvent.Muted e) {
      if (e.room().equals("*")) {
        notice(out, "You are muted in every channel" + until(e.until()));
      } else {
        line(out, IrcReplies.ERR_CANNOTSENDTOCHAN, IrcDialect.channel(e.room()),
            "Cannot send to channel (you are muted" + until(e.until()) + ")");
      }
    } else if (event instanceof ChatEvent.Invited e) {
      IrcWire.append(out, IrcWire.line(IrcWire.source(e.by()), "INVITE", session.nickOrStar(),
          IrcDialect.channel(e.room())));
    } else if (event instanceof ChatEvent.InviteSent e) {
      invitedTo(e.alias());
      line(out, IrcReplies.RPL_INVITING, e.alias(), IrcDialect.channel(e.room()));
    } else if (event instanceof ChatEvent.NeedsRoomRank e) {
      line(out, IrcReplies.ERR_CHANOPRIVSNEEDED, IrcDialect.channel(e.room()), switch (e.needed()) {
        case OWNER -> "You're not the channel owner";
        case OPERATOR -> "You're not a channel operator";
        case VOICE -> "You need voice (+v) in this channel";
      });
    } else if (event instanceof ChatEvent.TargetNotInRoom e) {
      line(out, IrcReplies.ERR_USERNOTINCHANNEL, e.alias(), IrcDialect.channel(e.room()),
          "They aren't on that channel");
    } else if (event instanceof ChatEvent.Announcement e) {
      notice(out, "Announcement from " + e.by() + ": " + e.text());
    } else if (event instanceof ChatEvent.SanctionChanged e && e.room().equals("*")) {
      notice(out, (e.set() ? "Set" : "Lifted") + " a server-wide " + e.kind().wire() + " on " + e.target());
    } else if (!(event instanceof ChatEvent.RankInRoom)) {
      return false;
    }
    return true;
  }

  /** On joining (only when set) and when asked: RPL_TOPIC and RPL_TOPICWHOTIME, or RPL_NOTOPIC. */
  private void topic(ChatEvent.Topic e, Buffer out) {
    String channel = IrcDialect.channel(e.room());
    if (e.topic().isEmpty()) {
      line(out, IrcReplies.RPL_NOTOPIC, channel, "No topic is set");
      return;
    }
    line(out, IrcReplies.RPL_TOPIC, channel, e.topic());
    line(out, IrcReplies.RPL_TOPICWHOTIME, channel, e.by() == null ? session.server() : e.by(),
        Long.toString(e.at() == null ? 0 : e.at().getEpochSecond()));
  }

  /** Bans as IRC's ban list; mutes have no IRC list, so they are left out. */
  private void banList(ChatEvent.Sanctions e, Buffer out) {
    String channel = IrcDialect.channel(e.room());
    for (ChatEvent.SanctionLine s : e.sanctions()) {
      if (s.kind() == SanctionKind.BAN) {
        line(out, IrcReplies.RPL_BANLIST, channel, BanMasks.mask(s.target()), s.by(),
            Long.toString(s.at().getEpochSecond()));
      }
    }
    line(out, IrcReplies.RPL_ENDOFBANLIST, channel, "End of channel ban list");
  }

  /** From a channel, a refused JOIN; from the chat, the client's last words. */
  private void banned(ChatEvent.Banned e, Buffer out) {
    if (e.room().equals("*")) {
      out.appendBuffer(IrcSession.error("Closing Link: " + session.server() + " (Banned by " + e.by()
          + until(e.until()) + (e.reason().isEmpty() ? "" : ": " + e.reason()) + ")"));
      return;
    }
    session.listings().joinRefused();
    line(out, IrcReplies.ERR_BANNEDFROMCHAN, IrcDialect.channel(e.room()), "Cannot join channel (+b)"
        + (e.reason().isEmpty() ? "" : ": " + e.reason()));
  }

  private static String until(Instant until) {
    return until == null ? "" : " until " + until;
  }

  private void notice(Buffer out, String text) {
    IrcWire.append(out, IrcWire.withText(session.server(), "NOTICE", List.of(session.nickOrStar()), text));
  }

  private void line(Buffer out, String numeric, String... params) {
    IrcReplies.append(out, session.server(), session.nickOrStar(), numeric, params);
  }
}

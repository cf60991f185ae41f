package dev.relay.irc;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.HubRequest;
import dev.relay.bus.MemberInfo;
import dev.relay.bus.RoomRank;
import dev.relay.chat.Names;
import dev.relay.chat.RoomCount;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * NAMES, WHO, WHOIS and LIST: what the client asked, and the hub's answers as IRC's replies. The hub answers each
 * kind of question in the order asked ({@code Members} for a room, a {@code Profile} for a nick, {@code Rooms}),
 * so each kind waits in its own queue; one WHO with a mask asks about each of the client's channels and answers
 * once all have come.
 */
final class Listings {

  private enum Kind { JOIN, NAMES, WHO_CHANNEL, WHO_MASK, WHO_NICK, WHOIS }

  /** One question; {@code mask} is what the client sent, which the end-of-list reply repeats. */
  private static final class Ask {
    final Kind kind;
    final String mask;
    /** A WHO's WHOX request, or null. */
    Whox whox;
    int awaiting = 1;
    final Map<String, MemberInfo> found = new LinkedHashMap<>();

    Ask(Kind kind, String mask) {
      this.kind = kind;
      this.mask = mask;
    }
  }

  private final IrcSession session;
  private final Deque<Ask> members = new ArrayDeque<>();
  private final Deque<Ask> profiles = new ArrayDeque<>();
  /** For each LIST asked, which rooms it wants. */
  private final Deque<RoomFilter> listFilters = new ArrayDeque<>();

  Listings(IrcSession session) {
    this.session = session;
  }

  /** A JOIN was asked for: the hub answers with the room's members, or refuses it as already joined. */
  void joining(String channel) {
    members.add(new Ask(Kind.JOIN, channel));
  }

  void joinRefused() {
    for (Iterator<Ask> it = members.iterator(); it.hasNext(); ) {
      if (it.next().kind == Kind.JOIN) {
        it.remove();
        return;
      }
    }
  }

  void names(String channel, String roomKey) {
    members.add(new Ask(Kind.NAMES, channel));
    session.toHub(new HubRequest.Who(session.id(), roomKey));
  }

  /**
   * WHO for a channel, a nick, or a mask (which sees only the people the client shares a channel with), answered
   * in WHOX's form when {@code whox} is not null.
   */
  void who(String mask, Whox whox) {
    String room = Channels.roomOf(mask);
    if (room != null) {
      members.add(ask(Kind.WHO_CHANNEL, mask, whox));
      session.toHub(new HubRequest.Who(session.id(), Names.key(room)));
    } else if (Masks.isMask(mask) || mask.equals("0")) {
      whoMask(mask.equals("0") ? "*" : mask, whox);
    } else if (Names.aliasProblem(mask).isEmpty()) {
      profiles.add(ask(Kind.WHO_NICK, mask, whox));
      session.toHub(new HubRequest.Whois(session.id(), mask));
    } else {
      session.reply(IrcReplies.RPL_ENDOFWHO, mask, "End of /WHO list");
    }
  }

  private static Ask ask(Kind kind, String mask, Whox whox) {
    Ask ask = new Ask(kind, mask);
    ask.whox = whox;
    return ask;
  }

  private void whoMask(String mask, Whox whox) {
    Set<String> channels = session.channels();
    if (channels.isEmpty()) {
      session.reply(IrcReplies.RPL_ENDOFWHO, mask, "End of /WHO list");
      return;
    }
    Ask ask = ask(Kind.WHO_MASK, mask, whox);
    ask.awaiting = channels.size();
    members.add(ask);
    for (String room : channels) {
      session.toHub(new HubRequest.Who(session.id(), room));
    }
  }

  void whois(String nick) {
    profiles.add(new Ask(Kind.WHOIS, nick));
    session.toHub(new HubRequest.Whois(session.id(), nick));
  }

  void list(RoomFilter filter) {
    listFilters.add(filter);
    session.toHub(new HubRequest.ListRooms(session.id()));
  }

  void members(ChatEvent.Members answer, Buffer out) {
    Ask ask = members.peek();
    if (ask == null) {
      return;
    }
    String channel = IrcDialect.channel(answer.room());
    switch (ask.kind) {
      case JOIN, NAMES -> {
        members.poll();
        names(ask.kind == Kind.JOIN ? channel : ask.mask, channel, answer.secret(),
            answer.aliases().stream().map(alias -> prefix(answer.rankOf(alias)) + alias).toList(), out);
      }
      case WHO_CHANNEL -> {
        members.poll();
        for (MemberInfo member : answer.members()) {
          whoReply(ask, channel, member, prefix(answer.rankOf(member.alias())), out);
        }
        line(out, IrcReplies.RPL_ENDOFWHO, ask.mask, "End of /WHO list");
      }
      case WHO_MASK -> {
        for (MemberInfo member : answer.members()) {
          if (Masks.matches(ask.mask, member.alias())) {
            ask.found.putIfAbsent(member.alias(), member);
          }
        }
        if (--ask.awaiting == 0) {
          members.poll();
          ask.found.values().forEach(member -> whoReply(ask, "*", member, "", out));
          line(out, IrcReplies.RPL_ENDOFWHO, ask.mask, "End of /WHO list");
        }
      }
      default -> throw new IllegalStateException("not a question about a room: " + ask.kind);
    }
  }

  void profile(ChatEvent.Profile answer, Buffer out) {
    Ask ask = profiles.poll();
    if (ask == null) {
      return;
    }
    if (ask.kind == Kind.WHO_NICK) {
      if (answer.online()) {
        whoReply(ask, "*", answer.info(), "", out);
      }
      line(out, IrcReplies.RPL_ENDOFWHO, ask.mask, "End of /WHO list");
      return;
    }
    if (!answer.online()) {
      line(out, IrcReplies.ERR_NOSUCHNICK, ask.mask, "No such nick/channel");
      line(out, IrcReplies.RPL_ENDOFWHOIS, ask.mask, "End of /WHOIS list");
      return;
    }
    String nick = answer.alias();
    MemberInfo info = answer.info();
    line(out, IrcReplies.RPL_WHOISUSER, nick, info.user(), IrcReplies.HOST, "*", info.realName());
    if (!answer.rooms().isEmpty()) {
      line(out, IrcReplies.RPL_WHOISCHANNELS, nick,
          String.join(" ", answer.rooms().stream().map(IrcDialect::channel).toList()));
    }
    line(out, IrcReplies.RPL_WHOISSERVER, nick, session.server(), "Relay");
    if (info.isAway()) {
      line(out, IrcReplies.RPL_AWAY, nick, info.away());
    }
    line(out, IrcReplies.RPL_ENDOFWHOIS, nick, "End of /WHOIS list");
  }

  void rooms(ChatEvent.Rooms answer, Buffer out) {
    RoomFilter filter = listFilters.isEmpty() ? RoomFilter.parse(null) : listFilters.poll();
    line(out, IrcReplies.RPL_LISTSTART, "Channel", "Users  Name");
    for (RoomCount room : answer.rooms()) {
      if (filter.accepts(room)) {
        line(out, IrcReplies.RPL_LIST, IrcDialect.channel(room.name()), Integer.toString(room.members()), "");
      }
    }
    line(out, IrcReplies.RPL_LISTEND, "End of /LIST");
  }

  /** RPL_NAMREPLY lines, as many as the names take ({@code @} for a secret channel), then RPL_ENDOFNAMES. */
  private void names(String asked, String channel, boolean secret, List<String> aliases, Buffer out) {
    String head = IrcWire.withText(session.server(), IrcReplies.RPL_NAMREPLY,
        List.of(session.nickOrStar(), secret ? "@" : "=", channel), "");
    int room = IrcWire.MAX_LINE_BYTES - head.getBytes(StandardCharsets.UTF_8).length;
    StringBuilder names = new StringBuilder();
    for (String alias : aliases) {
      int length = alias.getBytes(StandardCharsets.UTF_8).length;
      if (names.length() > 0 && names.toString().getBytes(StandardCharsets.UTF_8).length + 1 + length > room) {
        IrcWire.append(out, head + names);
        names.setLength(0);
      }
      names.append(names.length() > 0 ? " " : "").append(alias);
    }
    if (names.length() > 0) {
      IrcWire.append(out, head + names);
    }
    line(out, IrcReplies.RPL_ENDOFNAMES, asked, "End of /NAMES list");
  }

  /** {@code @} for an owner or operator of the room, {@code +} for a voiced member (ISUPPORT's PREFIX). */
  private static String prefix(RoomRank rank) {
    return rank == null ? "" : rank == RoomRank.VOICE ? "+" : "@";
  }

  /**
   * RPL_WHOREPLY, or WHOX's RPL_WHOSPCRPL: {@code G} for a member who is away, {@code H} for one who is here, then
   * the member's {@code prefix} in the channel.
   */
  private void whoReply(Ask ask, String channel, MemberInfo member, String prefix, Buffer out) {
    String flags = (member.isAway() ? "G" : "H") + prefix;
    if (ask.whox != null) {
      line(out, IrcReplies.RPL_WHOSPCRPL, ask.whox.reply(channel, member.user(), session.server(), member.alias(),
          flags, member.realName()));
      return;
    }
    line(out, IrcReplies.RPL_WHOREPLY, channel, member.user(), IrcReplies.HOST, session.server(), member.alias(),
        flags, "0 " + member.realName());
  }

  private void line(Buffer out, String numeric, String... params) {
    IrcReplies.append(out, session.server(), session.nickOrStar(), numeric, params);
  }
}

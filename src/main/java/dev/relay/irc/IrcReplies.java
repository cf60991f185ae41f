package dev.relay.irc;

import dev.relay.chat.Names;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The server's own lines on IRC: numeric replies (modern.ircdocs.horse, RFC 2812) with their wording, the
 * registration burst and its ISUPPORT tokens. Every numeric's first parameter is the client's nick, or {@code *}
 * before it has one.
 */
final class IrcReplies {

  /** The host part of every member's {@code nick!user@host}. */
  static final String HOST = "relay";
  static final String VERSION = "Relay-0.1.0";

  static final String RPL_WELCOME = "001";
  static final String RPL_YOURHOST = "002";
  static final String RPL_CREATED = "003";
  static final String RPL_MYINFO = "004";
  static final String RPL_ISUPPORT = "005";
  static final String RPL_UMODEIS = "221";
  static final String RPL_AWAY = "301";
  static final String RPL_USERHOST = "302";
  static final String RPL_UNAWAY = "305";
  static final String RPL_NOWAWAY = "306";
  static final String RPL_WHOISUSER = "311";
  static final String RPL_WHOISSERVER = "312";
  static final String RPL_ENDOFWHO = "315";
  static final String RPL_ENDOFWHOIS = "318";
  static final String RPL_WHOISCHANNELS = "319";
  static final String RPL_LISTSTART = "321";
  static final String RPL_LIST = "322";
  static final String RPL_LISTEND = "323";
  static final String RPL_CHANNELMODEIS = "324";
  static final String RPL_CREATIONTIME = "329";
  static final String RPL_NOTOPIC = "331";
  static final String RPL_TOPIC = "332";
  static final String RPL_TOPICWHOTIME = "333";
  static final String RPL_INVITING = "341";
  static final String RPL_VERSION = "351";
  static final String RPL_WHOREPLY = "352";
  static final String RPL_WHOSPCRPL = "354";
  static final String RPL_NAMREPLY = "353";
  static final String RPL_ENDOFNAMES = "366";
  static final String RPL_BANLIST = "367";
  static final String RPL_ENDOFBANLIST = "368";
  static final String RPL_ENDOFEXCEPTLIST = "349";
  static final String RPL_ENDOFINVITELIST = "347";
  static final String RPL_MOTDSTART = "375";
  static final String RPL_MOTD = "372";
  static final String RPL_ENDOFMOTD = "376";
  static final String ERR_NOSUCHNICK = "401";
  static final String ERR_NOSUCHCHANNEL = "403";
  static final String ERR_CANNOTSENDTOCHAN = "404";
  static final String ERR_TOOMANYTARGETS = "407";
  static final String ERR_NOORIGIN = "409";
  static final String ERR_NORECIPIENT = "411";
  static final String ERR_NOTEXTTOSEND = "412";
  static final String ERR_INPUTTOOLONG = "417";
  static final String ERR_UNKNOWNCOMMAND = "421";
  static final String ERR_NONICKNAMEGIVEN = "431";
  static final String ERR_ERRONEUSNICKNAME = "432";
  static final String ERR_NICKNAMEINUSE = "433";
  static final String ERR_USERNOTINCHANNEL = "441";
  static final String ERR_NOTONCHANNEL = "442";
  static final String ERR_USERONCHANNEL = "443";
  static final String ERR_NOTREGISTERED = "451";
  static final String ERR_NEEDMOREPARAMS = "461";
  static final String ERR_ALREADYREGISTERED = "462";
  static final String ERR_PASSWDMISMATCH = "464";
  static final String ERR_CHANNELISFULL = "471";
  static final String ERR_UNKNOWNMODE = "472";
  static final String ERR_INVITEONLYCHAN = "473";
  static final String ERR_BANNEDFROMCHAN = "474";
  static final String ERR_BADCHANNELKEY = "475";
  static final String ERR_NOPRIVILEGES = "481";
  static final String ERR_CHANOPRIVSNEEDED = "482";
  static final String ERR_NOOPERHOST = "491";
  static final String ERR_UMODEUNKNOWNFLAG = "501";
  static final String RPL_LOGGEDIN = "900";
  static final String RPL_SASLSUCCESS = "903";
  static final String ERR_SASLFAIL = "904";
  static final String ERR_SASLTOOLONG = "905";
  static final String ERR_SASLABORTED = "906";
  static final String ERR_SASLALREADY = "907";
  static final String RPL_SASLMECHS = "908";
  static final String ERR_USERSDONTMATCH = "502";
  static final String ERR_INVALIDMODEPARAM = "696";

  /** Every user is invisible: a WHO mask finds only the people the asker shares a channel with. */
  static final String USER_MODES = "i";

  /** The longest AWAY message kept. */
  static final int AWAY_LENGTH = 200;
  /** The longest topic the hub keeps; it cuts longer ones. */
  static final int TOPIC_LENGTH = 400;
  /** Targets one PRIVMSG or NOTICE may name. */
  static final int MAX_TARGETS = 4;
  /** ISUPPORT tokens in one 005 line: with the nick and the closing text, within RFC 1459's 15 parameters. */
  static final int ISUPPORT_PER_LINE = 13;

  private IrcReplies() {
  }

  /** {@code :server <numeric> <nick> params...}. */
  static String numeric(String server, String nick, String numeric, String... params) {
    List<String> all = new ArrayList<>(params.length + 1);
    all.add(nick == null ? "*" : nick);
    all.addAll(List.of(params));
    return IrcWire.line(server, numeric, all);
  }

  /** Appends {@code :server <numeric> <nick> params...} and its CRLF to {@code out}. */
  static void append(Buffer out, String server, String nick, String numeric, String... params) {
    IrcWire.append(out, numeric(server, nick, numeric, params));
  }

  /**
   * The ISUPPORT tokens (RPL_ISUPPORT): what a client may rely on, and nothing Relay does not do. Client-only tags
   * are denied ({@code CLIENTTAGDENY=*}): the chat carries text, not tags. {@code historyPage} is the most lines one
   * {@code CHATHISTORY} gets, 0 when the server keeps no history (then no CHATHISTORY tokens).
   */
  static List<String> isupport(int historyPage) {
    List<String> tokens = new ArrayList<>(List.of(
        "AWAYLEN=" + AWAY_LENGTH,
        "CASEMAPPING=ascii",
        "CHANLIMIT=#:",
        "CHANMODES=" + ChannelModes.CHANMODES,
        "CHANNELLEN=" + (Names.MAX_LENGTH + 1),
        "CHANTYPES=#",
        "CLIENTTAGDENY=*",
        "ELIST=MNU",
        "LINELEN=512",
        "NETWORK=Relay",
        "NICKLEN=" + Names.MAX_LENGTH,
        "PREFIX=(ov)@+",
        "TARGMAX=JOIN:,PART:,PRIVMSG:" + MAX_TARGETS + ",NOTICE:" + MAX_TARGETS + ",NAMES:1,WHOIS:1,KICK:1",
        "TOPICLEN=" + TOPIC_LENGTH,
        "UTF8ONLY",
        "WHOX"));
    if (historyPage > 0) {
      tokens.add("CHATHISTORY=" + historyPage);
      tokens.add("MSGREFTYPES=msgid,timestamp");
      Collections.sort(tokens);
    }
    return tokens;
  }

  /** The message of the day: where the other dialects' users are. */
  static List<String> motd() {
    return List.of(
        "Relay: one chat for IRC, nc, telnet, Relay's own client and the browser.",
        "Channel #lobby is the room everyone else starts in; #dev here is room dev there.",
        "Nicks and aliases are one namespace across the whole chat.");
  }
}

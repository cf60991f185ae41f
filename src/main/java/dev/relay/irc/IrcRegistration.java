package dev.relay.irc;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.DisconnectReason;
import dev.relay.chat.Names;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Connection registration (modern.ircdocs.horse "Connection Registration"): {@code CAP} negotiation, {@code PASS},
 * {@code NICK} and {@code USER}, in any order; once the client has sent NICK and USER and ended any CAP
 * negotiation, the nick is claimed as an alias, and the hub's answer ends registration with the welcome burst or
 * a 433. The capabilities offered are those of {@link IrcCapability}: {@code sasl} ({@link IrcLogin}) only when the
 * server has accounts, {@code draft/chathistory} and {@code draft/event-playback} only while it keeps history.
 */
final class IrcRegistration {

  private final IrcSession session;
  private final String password;
  private final boolean offerSasl;
  private final int historyPage;
  /** The capabilities the client turned on, one bit each by {@link IrcCapability#ordinal()}. */
  private int enabled;
  private String wantedNick;
  private String user;
  private String realName;
  private String pass = "";
  private boolean negotiating;

  /**
   * @param offerSasl   whether the server has accounts, and so offers {@code sasl}
   * @param historyPage the most lines one {@code CHATHISTORY} gets; 0 when the server keeps no history
   */
  IrcRegistration(IrcSession session, String password, boolean offerSasl, int historyPage) {
    this.session = session;
    this.password = password;
    this.offerSasl = offerSasl;
    this.historyPage = historyPage;
  }

  /** What this server offers: every capability, but {@code sasl} without accounts and history's without history. */
  private Set<IrcCapability> offered() {
    Set<IrcCapability> offered = EnumSet.allOf(IrcCapability.class);
    if (!offerSasl) {
      offered.remove(IrcCapability.SASL);
    }
    if (historyPage == 0) {
      offered.removeAll(List.of(IrcCapability.CHATHISTORY, IrcCapability.EVENT_PLAYBACK));
    }
    return offered;
  }

  String wantedNick() {
    return wantedNick;
  }

  void cap(IrcMessage message) {
    String sub = message.param(0).toUpperCase(java.util.Locale.ROOT);
    String nick = session.nickOrStar();
    switch (sub) {
      case "LS" -> {
        negotiating = !session.registered();
        boolean v302 = message.param(1, "").compareTo("302") >= 0 && message.param(1, "").length() == 3;
        session.send(IrcWire.line(session.server(), "CAP", nick, "LS", offered().stream()
            .map(cap -> cap == IrcCapability.SASL && v302 ? cap.wire() + "=" + IrcLogin.MECHANISM : cap.wire())
            .collect(Collectors.joining(" "))));
      }
      case "LIST" -> session.send(IrcWire.line(session.server(), "CAP", nick, "LIST",
          Arrays.stream(IrcCapability.values()).filter(this::has).map(IrcCapability::wire)
              .collect(Collectors.joining(" "))));
      case "REQ" -> request(nick, message.param(1, ""));
      case "END" -> {
        negotiating = false;
        complete();
      }
      default -> session.reply("410", message.param(0), "Invalid CAP command");
    }
  }

  /** A request is taken whole or not at all, as the specification asks: every capability in it must be on offer. */
  private void request(String nick, String wanted) {
    negotiating = !session.registered();
    List<String> names = Arrays.stream(wanted.strip().split(" +")).filter(c -> !c.isEmpty()).toList();
    Set<IrcCapability> offered = offered();
    Map<IrcCapability, Boolean> changes = new EnumMap<>(IrcCapability.class);
    for (String name : names) {
      boolean off = name.startsWith("-");
      Optional<IrcCapability> cap = IrcCapability.named(off ? name.substring(1) : name).filter(offered::contains);
      if (cap.isEmpty()) {
        changes.clear();
        break;
      }
      changes.put(cap.get(), !off);
    }
    session.send(IrcWire.line(session.server(), "CAP", nick, changes.isEmpty() ? "NAK" : "ACK", wanted.strip()));
    changes.forEach((cap, on) -> enabled = on ? enabled | 1 << cap.ordinal() : enabled & ~(1 << cap.ordinal()));
  }

  boolean has(IrcCapability capability) {
    return (enabled & 1 << capability.ordinal()) != 0;
  }

  void pass(IrcMessage message) {
    if (session.registered()) {
      session.reply(IrcReplies.ERR_ALREADYREGISTERED, "You may not reregister");
      return;
    }
    pass = message.param(0);
  }

  void nick(IrcMessage message) {
    String nick = validNick(session, message);
    if (nick != null) {
      wantedNick = nick;
      complete();
    }
  }

  /** The nick NICK asks for, or null when there is none or it cannot be an alias (the client is told why). */
  static String validNick(IrcSession session, IrcMessage message) {
    if (message.params().isEmpty() || message.param(0).isEmpty()) {
      session.reply(IrcReplies.ERR_NONICKNAMEGIVEN, "No nickname given");
      return null;
    }
    String nick = message.param(0);
    if (Names.aliasProblem(nick).isPresent()) {
      session.reply(IrcReplies.ERR_ERRONEUSNICKNAME, nick, "Erroneous nickname");
      return null;
    }
    return nick;
  }

  void user(IrcMessage message) {
    if (session.registered()) {
      session.reply(IrcReplies.ERR_ALREADYREGISTERED, "You may not reregister");
      return;
    }
    if (message.param(0).isEmpty() || message.param(3).isEmpty()) {
      session.reply(IrcReplies.ERR_NEEDMOREPARAMS, "USER", "Not enough parameters");
      return;
    }
    user = message.param(0);
    realName = message.param(3);
    complete();
  }

  private void complete() {
    if (wantedNick == null || user == null || negotiating || session.registered()) {
      return;
    }
    if (!password.isEmpty() && !MessageDigest.isEqual(password.getBytes(StandardCharsets.UTF_8),
        pass.getBytes(StandardCharsets.UTF_8))) {
      session.reply(IrcReplies.ERR_PASSWDMISMATCH, "Password incorrect");
      session.connection().disconnect(IrcSession.error("Closing Link: " + session.server() + " (Bad password)"),
          DisconnectReason.REFUSED);
      return;
    }
    if (password.isEmpty() && !pass.isEmpty() && session.login().account() == null) {
      String secret = pass;
      pass = "";
      session.login().pass(secret, wantedNick, this::complete);
      return;
    }
    session.greet(wantedNick, user, realName);
  }

  /** The hub did not give the nick: the client may send another. */
  void refused(ChatEvent.Refused why) {
    String nick = wantedNick;
    wantedNick = null;
    if (why.refusal() == ChatEvent.Refusal.ALIAS_TAKEN) {
      session.reply(IrcReplies.ERR_NICKNAMEINUSE, nick, "Nickname is already in use");
    } else if (why.refusal() == ChatEvent.Refusal.ALIAS_REGISTERED) {
      session.reply(IrcReplies.ERR_NICKNAMEINUSE, nick, "Nickname is registered: log in with SASL or PASS");
    } else if (why.refusal() == ChatEvent.Refusal.GUESTS_UNWELCOME) {
      session.send(IrcWire.line(session.server(), "NOTICE", "*",
          "Accounts are unavailable and guests are not let in meanwhile; try again later"));
    } else {
      session.send(IrcWire.line(session.server(), "NOTICE", "*",
          "Nicknames cannot be checked right now; send NICK again"));
    }
  }

  /** The registration burst: 001 to 005 and the message of the day. */
  void welcome(String nick, Buffer out) {
    line(out, nick, IrcReplies.RPL_WELCOME, "Welcome to the Relay IRC gateway, " + nick);
    line(out, nick, IrcReplies.RPL_YOURHOST, "Your host is " + session.server() + ", running version "
        + IrcReplies.VERSION);
    line(out, nick, IrcReplies.RPL_CREATED, "This server speaks to every Relay client in the same rooms");
    line(out, nick, IrcReplies.RPL_MYINFO, session.server(), IrcReplies.VERSION, IrcReplies.USER_MODES,
        ChannelModes.ALL, ChannelModes.WITH_PARAMETER);
    List<String> isupport = IrcReplies.isupport(historyPage);
    for (int from = 0; from < isupport.size(); from += IrcReplies.ISUPPORT_PER_LINE) {
      List<String> tokens = isupport.subList(from, Math.min(isupport.size(), from + IrcReplies.ISUPPORT_PER_LINE));
      String[] params = tokens.toArray(new String[tokens.size() + 1]);
      params[tokens.size()] = "are supported by this server";
      line(out, nick, IrcReplies.RPL_ISUPPORT, params);
    }
    motd(nick, out);
  }

  void motd(String nick, Buffer out) {
    line(out, nick, IrcReplies.RPL_MOTDSTART, "- " + session.server() + " Message of the day -");
    for (String text : IrcReplies.motd()) {
      line(out, nick, IrcReplies.RPL_MOTD, "- " + text);
    }
    line(out, nick, IrcReplies.RPL_ENDOFMOTD, "End of /MOTD command");
  }

  private void line(Buffer out, String nick, String numeric, String... params) {
    IrcReplies.append(out, session.server(), nick, numeric, params);
  }
}

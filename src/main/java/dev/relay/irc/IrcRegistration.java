package dev.relay.irc;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.DisconnectReason;
import dev.relay.chat.Names;
import io.vertx.core.buffer.Buffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Connection registration (modern.ircdocs.horse "Connection Registration"): {@code CAP} negotiation, {@code PASS},
 * {@code NICK} and {@code USER}, in any order; once the client has sent NICK and USER and ended any CAP
 * negotiation, the nick is claimed as an alias, and the hub's answer ends registration with the welcome burst or
 * a 433. The capabilities offered are {@code server-time} and {@code sasl} ({@link IrcLogin}).
 */
final class IrcRegistration {

  private static final String SERVER_TIME = "server-time";
  private static final String SASL = "sasl";

  private final IrcSession session;
  private final String password;
  private final boolean offerSasl;
  private String wantedNick;
  private String user;
  private String realName;
  private String pass = "";
  private boolean negotiating;
  private boolean sasl;

  /** @param offerSasl whether the server has accounts, and so offers {@code sasl} */
  IrcRegistration(IrcSession session, String password, boolean offerSasl) {
    this.session = session;
    this.password = password;
    this.offerSasl = offerSasl;
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
        session.send(IrcWire.line(session.server(), "CAP", nick, "LS",
            offerSasl ? SERVER_TIME + " " + SASL + (v302 ? "=" + IrcLogin.MECHANISM : "") : SERVER_TIME));
      }
      case "LIST" -> session.send(IrcWire.line(session.server(), "CAP", nick, "LIST",
          String.join(" ", enabled())));
      case "REQ" -> request(nick, message.param(1, ""));
      case "END" -> {
        negotiating = false;
        complete();
      }
      default -> session.reply("410", message.param(0), "Invalid CAP command");
    }
  }

  /** A request is taken whole or not at all: server-time and sasl are on offer. */
  private void request(String nick, String wanted) {
    negotiating = !session.registered();
    List<String> caps = Arrays.stream(wanted.strip().split(" +")).filter(c -> !c.isEmpty()).toList();
    boolean known = !caps.isEmpty() && caps.stream().map(c -> c.startsWith("-") ? c.substring(1) : c)
        .allMatch(c -> c.equals(SERVER_TIME) || offerSasl && c.equals(SASL));
    session.send(IrcWire.line(session.server(), "CAP", nick, known ? "ACK" : "NAK", wanted.strip()));
    if (known) {
      for (String cap : caps) {
        if (cap.endsWith(SERVER_TIME)) {
          session.useServerTime(!cap.startsWith("-"));
        } else {
          sasl = !cap.startsWith("-");
        }
      }
    }
  }

  private List<String> enabled() {
    List<String> caps = new ArrayList<>();
    if (session.serverTime()) {
      caps.add(SERVER_TIME);
    }
    if (sasl) {
      caps.add(SASL);
    }
    return caps;
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
    List<String> tokens = IrcReplies.isupport();
    String[] params = new String[tokens.size() + 1];
    for (int i = 0; i < tokens.size(); i++) {
      params[i] = tokens.get(i);
    }
    params[tokens.size()] = "are supported by this server";
    line(out, nick, IrcReplies.RPL_ISUPPORT, params);
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

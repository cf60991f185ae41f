package dev.relay.irc;

import dev.relay.accounts.AccountsConfig;
import dev.relay.bus.AccountReply;
import dev.relay.bus.AccountRequest;
import dev.relay.bus.DisconnectReason;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

/**
 * Logging in to an account over IRC, before registration ends: SASL PLAIN (IRCv3 {@code sasl}, {@code AUTHENTICATE})
 * and {@code PASS account:password} (or {@code PASS password} for the nick's account) when the gateway has no
 * server password. The nick is the account: a client that logged in registers with the account's name.
 */
final class IrcLogin {

  static final String MECHANISM = "PLAIN";
  /** A SASL message comes in chunks of 400 bytes; a shorter one ends it. */
  private static final int CHUNK = 400;
  /** PLAIN's payload: an authorisation id, the account and a password of at most 256 bytes, in base64. */
  private static final int MAX_PAYLOAD = 1200;

  private final IrcSession session;
  private boolean authenticating;
  private final StringBuilder payload = new StringBuilder();
  private String account;
  private int failures;

  IrcLogin(IrcSession session) {
    this.session = session;
  }

  /** The account logged in to, or null. */
  String account() {
    return account;
  }

  void authenticate(IrcMessage message) {
    String nick = session.nickOrStar();
    String argument = message.param(0);
    if (session.registered() || account != null) {
      session.reply(IrcReplies.ERR_SASLALREADY, "You have already authenticated using SASL");
    } else if (!authenticating) {
      start(nick, argument);
    } else if (argument.equals("*")) {
      reset();
      session.reply(IrcReplies.ERR_SASLABORTED, "SASL authentication aborted");
    } else {
      chunk(argument);
    }
  }

  private void start(String nick, String mechanism) {
    if (!mechanism.toUpperCase(Locale.ROOT).equals(MECHANISM)) {
      session.reply(IrcReplies.RPL_SASLMECHS, MECHANISM, "are available SASL mechanisms");
      session.reply(IrcReplies.ERR_SASLFAIL, "SASL authentication failed");
      return;
    }
    authenticating = true;
    session.send("AUTHENTICATE +");
  }

  private void chunk(String argument) {
    if (!argument.equals("+")) {
      payload.append(argument);
    }
    if (payload.length() > MAX_PAYLOAD) {
      reset();
      session.reply(IrcReplies.ERR_SASLTOOLONG, "SASL message too long");
      return;
    }
    if (argument.length() == CHUNK) {
      return;
    }
    String[] parts = plain(payload.toString());
    reset();
    if (parts == null) {
      session.reply(IrcReplies.ERR_SASLFAIL, "SASL authentication failed");
      return;
    }
    String wanted = parts[1].isEmpty() ? parts[0] : parts[1];
    session.askAccounts(new AccountRequest.Login(wanted, parts[2], session.connection().client()), this::saslAnswered);
  }

  /** authzid, authcid, password; or null when the payload is not PLAIN's. */
  private static String[] plain(String base64) {
    try {
      String decoded = new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
      String[] parts = decoded.split("\0", -1);
      return parts.length == 3 && !parts[2].isEmpty() ? parts : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private void saslAnswered(AccountReply reply) {
    if (reply instanceof AccountReply.LoggedIn in) {
      account = in.account();
      String nick = session.nickOrStar();
      session.reply(IrcReplies.RPL_LOGGEDIN, IrcWire.source(nick), account, "You are now logged in as " + account);
      session.reply(IrcReplies.RPL_SASLSUCCESS, "SASL authentication successful");
      return;
    }
    AccountReply.Refused refused = (AccountReply.Refused) reply;
    session.reply(IrcReplies.ERR_SASLFAIL, "SASL authentication failed: " + reason(refused));
    failed(refused);
  }

  /**
   * PASS, once registration is otherwise complete: logs in with {@code pass} ({@code account:password}, or the
   * password of {@code nick}'s account), then {@code then} runs with the account; a refusal ends the connection.
   */
  void pass(String pass, String nick, Runnable then) {
    int colon = pass.indexOf(':');
    String wanted = colon < 0 ? nick : pass.substring(0, colon);
    String secret = colon < 0 ? pass : pass.substring(colon + 1);
    session.askAccounts(new AccountRequest.Login(wanted, secret, session.connection().client()), reply -> {
      if (reply instanceof AccountReply.LoggedIn in) {
        account = in.account();
        then.run();
        return;
      }
      AccountReply.Refused refused = (AccountReply.Refused) reply;
      session.reply(IrcReplies.ERR_PASSWDMISMATCH, "Password incorrect: " + reason(refused));
      session.connection().disconnect(IrcSession.error("Closing Link: " + session.server() + " (Bad password)"),
          DisconnectReason.REFUSED);
    });
  }

  private void failed(AccountReply.Refused refused) {
    if (refused.why() == AccountReply.Why.WRONG_PASSWORD && ++failures >= AccountsConfig.FAILURES_PER_CONNECTION) {
      session.connection().disconnect(IrcSession.error("Closing Link: " + session.server()
          + " (Too many failed logins)"), DisconnectReason.REFUSED);
    }
  }

  private static String reason(AccountReply.Refused refused) {
    return switch (refused.why()) {
      case WRONG_PASSWORD -> "wrong password for " + refused.subject();
      case TOO_MANY_ATTEMPTS -> "too many attempts, try again in " + refused.seconds() + " s";
      case UNAVAILABLE -> "accounts are unavailable, try again later";
      case BUSY -> "server busy, try again later";
      case NOT_REGISTERED -> refused.subject() + " is not registered";
      case ALREADY_REGISTERED -> refused.subject() + " is registered already";
      case BAD_PASSWORD -> refused.detail();
      case NOT_ALLOWED, OUTRANKED, RANK_TOO_HIGH -> "not allowed";
    };
  }

  private void reset() {
    authenticating = false;
    payload.setLength(0);
  }
}

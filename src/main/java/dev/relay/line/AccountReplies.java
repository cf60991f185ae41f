package dev.relay.line;

import dev.relay.bus.AccountReply;
import java.util.List;

/** The line protocol's words for logins and accounts (docs/PROTOCOL.md, section 9). */
public final class AccountReplies {

  public static final String PASSWORD_PROMPT = "password?";
  public static final String UNAVAILABLE = "! accounts are unavailable, try again later";
  public static final String TOKEN_PREFIX = "* resume token: ";

  private AccountReplies() {
  }

  /** Why an account request was refused. */
  public static String refused(AccountReply.Refused refused) {
    String subject = refused.subject();
    return switch (refused.why()) {
      case WRONG_PASSWORD -> "! wrong password for " + subject;
      case TOO_MANY_ATTEMPTS -> "! too many attempts, try again in " + refused.seconds() + " s";
      case UNAVAILABLE -> UNAVAILABLE;
      case BUSY -> "! server busy, try again later";
      case NOT_REGISTERED -> "! " + subject + " is not registered";
      case ALREADY_REGISTERED -> "! " + subject + " is registered already";
      case BAD_PASSWORD -> "! " + refused.detail();
      case NOT_ALLOWED -> "! /" + subject + " needs the " + refused.detail() + " role";
      case OUTRANKED -> ModerationReplies.outranked(subject);
      case RANK_TOO_HIGH -> "! you can grant only roles below your own";
    };
  }

  /** After the welcome of a member who logged in. */
  public static List<String> loggedIn(String account, String token) {
    return withToken("* You are logged in as " + account + ".", token);
  }

  public static List<String> registered(String account, String token) {
    return withToken("* " + account + " is registered to you now: only you may use it, with your password.", token);
  }

  public static List<String> passwordChanged(String token) {
    return withToken("* Your password is changed; resume tokens issued before are void.", token);
  }

  public static String unregistered(String account) {
    return "* The account " + account + " is deleted: anyone may take the alias when you leave it.";
  }

  public static String notLoggedIn() {
    return "! you are not logged in to an account";
  }

  public static String aliasRegistered(String alias) {
    return "! " + alias + " is a registered account: log in as " + alias + " with its password";
  }

  public static String aliasIsAccount(String account) {
    return "! you are logged in as " + account + ": your alias is your account";
  }

  public static String tooManyFailures() {
    return "! too many failed logins, disconnecting";
  }

  private static List<String> withToken(String line, String token) {
    return token == null ? List.of(line) : List.of(line, TOKEN_PREFIX + token);
  }
}

package dev.relay.bus;

import java.util.List;

/** The account service's answer to an {@link AccountRequest}; each front end words it in its dialect. */
public sealed interface AccountReply {

  /**
   * Logged in (or registered, which logs in) as {@code account}, spelled as registered. {@code resumeToken} logs
   * in once more in place of the password until it expires or the password changes; null when none was issued.
   */
  record LoggedIn(String account, String resumeToken, Rank rank) implements AccountReply {
    @Override
    public String toString() {
      return "LoggedIn[" + account + "]";
    }
  }

  /** {@code account} has the rank {@code rank} now. */
  record RoleSet(String account, Rank rank) implements AccountReply {
  }

  /** The moderation actions asked for, newest first. */
  record AuditLines(List<AuditLine> lines) implements AccountReply {
  }

  /** Done: a new password set, an account deleted. */
  record Done() implements AccountReply {
  }

  /** Not done, and why; {@code subject} is the account concerned, {@code seconds} how long to wait, or 0. */
  record Refused(Why why, String subject, long seconds, String detail) implements AccountReply {

    public Refused(Why why, String subject) {
      this(why, subject, 0, "");
    }
  }

  enum Why {
    /** The password or token did not match. */
    WRONG_PASSWORD,
    /** Too many failed attempts on the account or from the address: wait {@code seconds}. */
    TOO_MANY_ATTEMPTS,
    /** The database is unreachable. */
    UNAVAILABLE,
    /** Too many passwords are being checked at once. */
    BUSY,
    NOT_REGISTERED,
    ALREADY_REGISTERED,
    /** The password breaks a rule, named in {@code detail}. */
    BAD_PASSWORD,
    /** The command {@code subject} needs the rank named in {@code detail}. */
    NOT_ALLOWED,
    /** The member may act only on members of a lower rank, and {@code subject} is not. */
    OUTRANKED,
    /** The member may grant only ranks below its own. */
    RANK_TOO_HIGH
  }
}

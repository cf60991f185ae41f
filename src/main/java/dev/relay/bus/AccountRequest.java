package dev.relay.bus;

/**
 * What a connection asks of its node's account service ({@link Addresses#ACCOUNTS}), answered with an
 * {@link AccountReply}. Passwords travel only within the node, by reference, and are never logged.
 */
public sealed interface AccountRequest {

  /**
   * Log in to the account {@code alias} with {@code secret}: its password or a resume token. {@code client} is
   * the client's address, which failed attempts are counted against.
   */
  record Login(String alias, String secret, String client) implements AccountRequest {
    @Override
    public String toString() {
      return "Login[" + alias + " from " + client + "]";
    }
  }

  /** Register the alias {@code alias}, which the connection holds as a guest, with {@code password}. */
  record Register(String alias, String password) implements AccountRequest {
    @Override
    public String toString() {
      return "Register[" + alias + "]";
    }
  }

  /** The logged-in member of account {@code account} sets a new password; its resume tokens are revoked. */
  record ChangePassword(String account, String password) implements AccountRequest {
    @Override
    public String toString() {
      return "ChangePassword[" + account + "]";
    }
  }

  /** The member {@code actor} gives the account {@code target} the server role {@code role}. */
  record SetRole(String actor, String target, Rank role) implements AccountRequest {
  }

  /** The member {@code actor} asks for the last {@code count} moderation actions. */
  record Audit(String actor, int count) implements AccountRequest {
  }

  /** The logged-in member of account {@code account} deletes it; the alias becomes a guest's. */
  record Unregister(String account) implements AccountRequest {
  }
}

package dev.relay.accounts;

import dev.relay.chat.Registrations;
import dev.relay.store.AccountName;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * This node's copy of who is registered, and with which server role: filled from the store at start-up, kept
 * current by the {@link AccountChange}s every node publishes, and reloaded now and then in case one was missed.
 * It answers the hub's question whether an alias is an account without a trip to the database, so guests still
 * join while the database is down. Confined to the hub's context.
 */
public final class AccountDirectory implements Registrations {

  private final Map<String, AccountName> accounts = new HashMap<>();
  /** Counts changes applied, so that a reload that raced with one can be told apart and dropped. */
  private long changes;

  @Override
  public boolean registered(String key) {
    return accounts.containsKey(key);
  }

  public ServerRole role(String key) {
    AccountName account = accounts.get(key);
    return account == null ? ServerRole.NONE : account.role();
  }

  public int size() {
    return accounts.size();
  }

  public void apply(AccountChange change) {
    changes++;
    if (change.removed()) {
      accounts.remove(change.key());
    } else {
      accounts.put(change.key(), new AccountName(change.key(), change.name(), change.role()));
    }
  }

  /** A mark to hand back to {@link #reload}: the directory as it is before a reload is read from the store. */
  public long mark() {
    return changes;
  }

  /**
   * Replaces the directory with {@code all}, read from the store after {@link #mark()} returned {@code mark};
   * returns false and keeps the directory when a change was applied meanwhile (the read may predate it).
   */
  public boolean reload(List<AccountName> all, long mark) {
    if (mark != changes) {
      return false;
    }
    accounts.clear();
    for (AccountName account : all) {
      accounts.put(account.key(), account);
    }
    return true;
  }
}

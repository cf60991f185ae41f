package dev.relay.accounts;

import dev.relay.bus.Rank;
import dev.relay.chat.Names;
import dev.relay.chat.Registrations;
import dev.relay.store.AccountName;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * This node's copy of who is registered, and with which server role: filled from the store at start-up, kept
 * current by the {@link AccountChange}s every node publishes, and reloaded now and then in case one was missed.
 * It answers the hub's question whether an alias is an account without a trip to the database, so guests still
 * join while the database is down. Confined to the hub's context.
 */
public final class AccountDirectory implements Registrations {

  private final Map<String, AccountName> accounts = new HashMap<>();
  /** The keys of the accounts that configuration makes administrators, whatever the store says. */
  private final Set<String> configuredAdmins;
  /** Counts changes applied, so that a reload that raced with one can be told apart and dropped. */
  private long changes;

  /** @param configuredAdmins the account names {@code accounts.admins} lists */
  public AccountDirectory(Collection<String> configuredAdmins) {
    this.configuredAdmins = configuredAdmins.stream().map(Names::key).collect(Collectors.toUnmodifiableSet());
  }

  @Override
  public boolean registered(String key) {
    return accounts.containsKey(key);
  }

  /** A guest's rank for an alias that is no account; an administrator's for one that configuration names. */
  @Override
  public Rank rank(String key) {
    AccountName account = accounts.get(key);
    if (account == null) {
      return Rank.GUEST;
    }
    return configuredAdmins.contains(key) ? Rank.ADMIN : account.role().rank();
  }

  /** The rank a newly registered account {@code key} has: an administrator's when configuration names it. */
  public Rank rankOfNewAccount(String key) {
    return configuredAdmins.contains(key) ? Rank.ADMIN : Rank.USER;
  }

  /** The account's name as registered, or {@code key} when it is none. */
  public String name(String key) {
    AccountName account = accounts.get(key);
    return account == null ? key : account.name();
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

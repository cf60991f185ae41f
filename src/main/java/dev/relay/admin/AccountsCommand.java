package dev.relay.admin;

import dev.relay.store.AccountName;
import java.util.Comparator;
import java.util.List;
import picocli.CommandLine.Command;

/**
 * {@code relay admin accounts}: every account, one {@code ALIAS ROLE} line each, by name as compared (letter case
 * folded). Sorted here rather than by the database, whose collation differs between H2 and PostgreSQL's locales.
 * No accounts, no lines.
 */
@Command(name = "accounts", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Lists every account with its server role: one 'ALIAS ROLE' line each, sorted by name.")
final class AccountsCommand extends StoreCommand {

  private static final Comparator<AccountName> BY_NAME =
      Comparator.comparing(AccountName::key).thenComparing(AccountName::name);

  @Override
  Action prepare() {
    return session -> session.await(session.accounts().names()).stream()
        .sorted(BY_NAME)
        .map(account -> account.name() + " " + account.role().wire())
        .toList();
  }
}

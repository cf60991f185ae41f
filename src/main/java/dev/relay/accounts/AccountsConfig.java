package dev.relay.accounts;

import java.time.Duration;
import java.util.List;

/**
 * How accounts behave: logins' limits, resume tokens, password hashing, and guests while the database is down.
 *
 * @param maxFailuresPerAccount failed logins an account takes within {@code failureWindow} before it refuses more
 * @param maxFailuresPerAddress failed logins one client address may make within {@code failureWindow}
 * @param failureWindow         how long failures count, from the first
 * @param resumeTokenLife       how long a resume token logs in; zero issues none
 * @param hashThreads           threads that hash passwords, at most
 * @param guestsWhileStoreDown  whether guests may still join while the database is unreachable
 * @param admins                accounts that are administrators whatever the store says: the first admin
 */
public record AccountsConfig(int maxFailuresPerAccount, int maxFailuresPerAddress, Duration failureWindow,
    Duration resumeTokenLife, int hashThreads, boolean guestsWhileStoreDown, List<String> admins) {

  /** Per connection, failed logins before the server hangs up. */
  public static final int FAILURES_PER_CONNECTION = 3;

  public static AccountsConfig defaults() {
    return new AccountsConfig(10, 20, Duration.ofMinutes(10), Duration.ofDays(30), defaultHashThreads(), true,
        List.of());
  }

  /** One thread per two cores, at least one: hashing can never take every core from the event loops. */
  public static int defaultHashThreads() {
    return Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
  }
}

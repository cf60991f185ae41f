package dev.relay.ops;

import dev.relay.accounts.AccountsNode;
import dev.relay.accounts.PasswordHasher;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Accounts as an operator watches them: whether the store answers ({@code relay_store_up}, the last ping's
 * answer, which readiness reports too), and the password hashing pool: hashes running, waiting, and refused as
 * "server busy" (a login flood that gets past the limits shows here). Each gauge reads a value its owner keeps; a
 * scrape never waits on the database.
 */
public final class AccountMetrics {

  public static final String STORE_UP = "relay.store.up";
  public static final String HASHES_RUNNING = "relay.password.hashes.running";
  public static final String HASHES_WAITING = "relay.password.hashes.waiting";
  public static final String HASHES_REFUSED = "relay.password.hashes.refused";

  private AccountMetrics() {
  }

  public static void register(MeterRegistry registry, AccountsNode accounts, PasswordHasher hasher) {
    Gauge.builder(STORE_UP, accounts, a -> a.storeAvailable() ? 1 : 0)
        .description("1 when the store answered its last ping, else 0").register(registry);
    Gauge.builder(HASHES_RUNNING, hasher, PasswordHasher::inFlight)
        .description("Password hashes running now").register(registry);
    Gauge.builder(HASHES_WAITING, hasher, PasswordHasher::queued)
        .description("Password hashes waiting for a hashing thread").register(registry);
    FunctionCounter.builder(HASHES_REFUSED, hasher, PasswordHasher::refused)
        .description("Logins and registrations answered 'server busy': every hashing thread busy and the queue full")
        .register(registry);
  }
}

package dev.relay.accounts;

import dev.relay.bus.AccountRequest;
import dev.relay.bus.Addresses;
import dev.relay.bus.LocalCodec;
import dev.relay.bus.Rank;
import dev.relay.chat.AuditTrail;
import dev.relay.chat.PolicyStore;
import dev.relay.chat.Registrations;
import dev.relay.store.AccountStore;
import dev.relay.store.AuditStore;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageConsumer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A node's accounts: the {@link AccountDirectory} the hub reads, the {@link AccountService} that answers the
 * listeners on {@link Addresses#ACCOUNTS}, and what keeps both current: the changes every node publishes on
 * {@link Addresses#ACCOUNT_CHANGES} (clustered when the node is), a reload from the store every
 * {@link #RELOAD_MILLIS} in case one was missed, a purge of expired resume tokens, and a ping that tells whether
 * the store answers. Started and run on the hub's context.
 */
public final class AccountsNode {

  private static final Logger LOG = LoggerFactory.getLogger(AccountsNode.class);
  static final long RELOAD_MILLIS = 60_000;
  static final long PING_MILLIS = 5_000;
  private static final long PURGE_MILLIS = 3_600_000;
  private static final String ORIGIN = "origin";

  private final AccountStore store;
  private final Supplier<Future<Void>> ping;
  private final AccountDirectory directory;
  private final AccountService service;
  private final List<MessageConsumer<?>> consumers = new ArrayList<>();
  private final List<Long> timers = new ArrayList<>();
  private final Clock clock;
  /** Tells this node's own published changes from the others'. */
  private final String origin = UUID.randomUUID().toString();
  private final boolean guestsWhileStoreDown;
  private final PolicyStore policies;
  private Vertx vertx;
  private volatile boolean storeAvailable = true;

  /**
   * @param ping     a cheap query whose failure means the store is down
   * @param policies where the hub keeps room settings, ranks and sanctions: the same store as the accounts'
   */
  public AccountsNode(AccountStore store, AuditStore audit, Supplier<Future<Void>> ping, PasswordHasher hasher,
      AttemptLimits attempts, AccountsConfig config, Clock clock, PolicyStore policies) {
    this.policies = policies;
    this.store = store;
    this.ping = ping;
    this.clock = clock;
    this.guestsWhileStoreDown = config.guestsWhileStoreDown();
    this.directory = new AccountDirectory(config.admins());
    this.service = new AccountService(store, audit, hasher, attempts, directory, this::announce, config, clock);
  }

  public AccountDirectory directory() {
    return directory;
  }

  /** What the hub asks of accounts: which aliases are registered, and whether guests may join now. */
  public Registrations registrations() {
    return new Registrations() {
      @Override
      public boolean registered(String key) {
        return directory.registered(key);
      }

      @Override
      public Rank rank(String key) {
        return directory.rank(key);
      }

      @Override
      public boolean guestsWelcome() {
        return guestsWhileStoreDown || storeAvailable;
      }
    };
  }

  /** Where the hub keeps what rules the rooms. */
  public PolicyStore policyStore() {
    return policies;
  }

  /** Where the hub writes down the moderation actions it takes. */
  public AuditTrail auditTrail() {
    return (actor, action, target, scope, reason) -> service.record(actor, action, target, reason);
  }

  /** Whether the store answered its last ping; read from any thread (readiness, metrics). */
  public boolean storeAvailable() {
    return storeAvailable;
  }

  /** Registers the consumers and loads the directory; completes once the node knows every account. */
  public Future<Void> start(Vertx vertx) {
    this.vertx = vertx;
    MessageConsumer<AccountRequest> requests = vertx.eventBus().localConsumer(Addresses.ACCOUNTS,
        m -> service.handle(m.body()).onSuccess(reply -> m.reply(reply, LocalCodec.LOCAL)));
    MessageConsumer<String> changes = vertx.eventBus().consumer(Addresses.ACCOUNT_CHANGES, m -> {
      if (!origin.equals(m.headers().get(ORIGIN))) {
        directory.apply(AccountChange.parse(m.body()));
      }
    });
    consumers.add(requests);
    consumers.add(changes);
    timers.add(vertx.setPeriodic(RELOAD_MILLIS, t -> reload()));
    timers.add(vertx.setPeriodic(PING_MILLIS, t -> checkStore()));
    timers.add(vertx.setPeriodic(PURGE_MILLIS, t -> purgeTokens()));
    return Future.all(requests.completion(), changes.completion()).compose(v -> reload());
  }

  public Future<Void> stop() {
    timers.forEach(vertx::cancelTimer);
    return Future.join(consumers.stream().map(MessageConsumer::unregister).toList()).mapEmpty();
  }

  /** Reloads the directory from the store; what it read is dropped if a change came in meanwhile. */
  private Future<Void> reload() {
    long mark = directory.mark();
    return store.names()
        .onSuccess(all -> {
          if (directory.reload(all, mark)) {
            LOG.debug("{} accounts loaded", all.size());
          }
        })
        .mapEmpty();
  }

  /**
   * Applies a change here at once, before the member who made it hears it is done (a clustered publish may reach
   * this node's own consumer later than that), and publishes it to the other nodes, which skip their own.
   */
  private void announce(AccountChange change) {
    directory.apply(change);
    vertx.eventBus().publish(Addresses.ACCOUNT_CHANGES, change.wire(), new DeliveryOptions().addHeader(ORIGIN, origin));
  }

  private void checkStore() {
    ping.get().onComplete(result -> {
      boolean available = result.succeeded();
      if (available != storeAvailable) {
        if (available) {
          LOG.info("The store answers again");
          reload();
        } else {
          LOG.warn("The store does not answer: logins to accounts are refused until it does ({})",
              result.cause().toString());
        }
      }
      storeAvailable = available;
    });
  }

  private void purgeTokens() {
    store.deleteExpiredTokens(clock.instant())
        .onFailure(e -> LOG.debug("Expired resume tokens not purged: {}", e.toString()));
  }
}

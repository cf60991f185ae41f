package dev.relay.accounts;

import dev.relay.bus.AccountReply;
import dev.relay.bus.AccountReply.Refused;
import dev.relay.bus.AccountReply.Why;
import dev.relay.bus.AccountRequest;
import dev.relay.bus.AuditLine;
import dev.relay.bus.Rank;
import dev.relay.chat.Names;
import dev.relay.store.Account;
import dev.relay.store.AccountStore;
import dev.relay.store.AuditStore;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a node's {@link AccountRequest}s: logins by password or resume token, registration, new passwords,
 * deletion. The store is the authority; every failure of it becomes {@link Why#UNAVAILABLE}, never an error the
 * connection sees otherwise. Passwords are hashed off the event loops by the {@link PasswordHasher} and never
 * logged. Confined to the hub's context; a change to the accounts is published with {@code announce}, and the
 * {@link AccountDirectory} follows when it comes back.
 */
public final class AccountService {

  private static final Logger LOG = LoggerFactory.getLogger(AccountService.class);
  /** {@code /audit} shows at most this many actions. */
  static final int MAX_AUDIT_LINES = 100;

  private final AccountStore store;
  private final AuditStore audit;
  private final PasswordHasher hasher;
  private final AttemptLimits attempts;
  private final AccountDirectory directory;
  private final Consumer<AccountChange> announce;
  private final AccountsConfig config;
  private final Clock clock;
  private final ResumeTokens tokens = new ResumeTokens();

  public AccountService(AccountStore store, AuditStore audit, PasswordHasher hasher, AttemptLimits attempts,
      AccountDirectory directory, Consumer<AccountChange> announce, AccountsConfig config, Clock clock) {
    this.store = store;
    this.audit = audit;
    this.hasher = hasher;
    this.attempts = attempts;
    this.directory = directory;
    this.announce = announce;
    this.config = config;
    this.clock = clock;
  }

  /** The answer to {@code request}; never a failed future. */
  public Future<AccountReply> handle(AccountRequest request) {
    Future<AccountReply> reply;
    String subject;
    if (request instanceof AccountRequest.Login login) {
      subject = login.alias();
      reply = login(login);
    } else if (request instanceof AccountRequest.Register register) {
      subject = register.alias();
      reply = register(register);
    } else if (request instanceof AccountRequest.ChangePassword change) {
      subject = change.account();
      reply = changePassword(change);
    } else if (request instanceof AccountRequest.SetRole set) {
      subject = set.target();
      reply = setRole(set);
    } else if (request instanceof AccountRequest.Audit asked) {
      subject = asked.actor();
      reply = audit(asked);
    } else {
      subject = ((AccountRequest.Unregister) request).account();
      reply = unregister(subject);
    }
    return reply.recover(e -> Future.succeededFuture(trouble(subject, e)));
  }

  private AccountReply trouble(String subject, Throwable e) {
    if (e instanceof PasswordHasher.Busy) {
      return new Refused(Why.BUSY, subject);
    }
    LOG.warn("Accounts unavailable for {}: {}", subject, e.toString());
    return new Refused(Why.UNAVAILABLE, subject);
  }

  private Future<AccountReply> login(AccountRequest.Login login) {
    String key = Names.key(login.alias());
    if (!ResumeTokens.wellFormed(login.secret())) {
      return password(login, key);
    }
    return store.resumeTokenAccount(ResumeTokens.hash(login.secret()), clock.instant())
        .compose(owner -> owner.filter(key::equals).isPresent()
            ? store.find(key).map(found -> found.<AccountReply>map(a -> new AccountReply.LoggedIn(a.name(), null, directory.rank(key)))
                .orElse(new Refused(Why.NOT_REGISTERED, login.alias())))
            : password(login, key));
  }

  private Future<AccountReply> password(AccountRequest.Login login, String key) {
    List<String> counted = List.of(AttemptPolicies.account(key), AttemptPolicies.address(login.client()));
    return attempts.blockedSeconds(counted).compose(wait -> {
      if (wait > 0) {
        return Future.succeededFuture(new Refused(Why.TOO_MANY_ATTEMPTS, login.alias(), wait, ""));
      }
      return store.find(key).compose(found -> found.isEmpty()
          ? attempts.failed(List.of(AttemptPolicies.address(login.client())))
              .map(v -> new Refused(Why.NOT_REGISTERED, login.alias()))
          : check(login, found.get(), counted));
    });
  }

  private Future<AccountReply> check(AccountRequest.Login login, Account account, List<String> counted) {
    return hasher.verify(login.secret(), account.passwordHash()).compose(verdict -> {
      if (verdict instanceof PasswordHasher.Verdict.Mismatch) {
        LOG.info("Failed login to {} from {}", account.name(), login.client());
        return attempts.failed(counted).map(v -> new Refused(Why.WRONG_PASSWORD, account.name()));
      }
      if (verdict instanceof PasswordHasher.Verdict.MatchNeedsRehash rehash) {
        store.changePassword(account.key(), rehash.newHash())
            .onFailure(e -> LOG.warn("Could not store {}'s rehashed password: {}", account.name(), e.toString()));
      }
      return attempts.succeeded(AttemptPolicies.account(account.key()))
          .compose(v -> newToken(account.key()))
          .map(token -> new AccountReply.LoggedIn(account.name(), token, directory.rank(account.key())));
    });
  }

  private Future<AccountReply> register(AccountRequest.Register register) {
    Optional<String> problem = PasswordRules.problemForNew(register.password());
    if (problem.isPresent()) {
      return Future.succeededFuture(new Refused(Why.BAD_PASSWORD, register.alias(), 0, problem.get()));
    }
    String key = Names.key(register.alias());
    if (directory.registered(key)) {
      return Future.succeededFuture(new Refused(Why.ALREADY_REGISTERED, register.alias()));
    }
    return hasher.hash(register.password())
        .compose(hash -> store.create(new Account(key, register.alias(), hash, ServerRole.NONE, clock.instant())))
        .compose(created -> {
          if (!created) {
            return Future.succeededFuture(new Refused(Why.ALREADY_REGISTERED, register.alias()));
          }
          LOG.info("Account {} registered", register.alias());
          announce.accept(AccountChange.registered(key, register.alias(), ServerRole.NONE));
          return newToken(key).map(token -> new AccountReply.LoggedIn(register.alias(), token,
              directory.rankOfNewAccount(key)));
        });
  }

  private Future<AccountReply> changePassword(AccountRequest.ChangePassword change) {
    Optional<String> problem = PasswordRules.problemForNew(change.password());
    if (problem.isPresent()) {
      return Future.succeededFuture(new Refused(Why.BAD_PASSWORD, change.account(), 0, problem.get()));
    }
    String key = Names.key(change.account());
    return hasher.hash(change.password())
        .compose(hash -> store.changePassword(key, hash))
        .compose(changed -> {
          if (!changed) {
            return Future.succeededFuture(new Refused(Why.NOT_REGISTERED, change.account()));
          }
          LOG.info("Account {} has a new password; its resume tokens are revoked", change.account());
          return store.revokeResumeTokens(key)
              .compose(v -> newToken(key))
              .map(token -> new AccountReply.LoggedIn(change.account(), token, directory.rank(key)));
        });
  }

  /**
   * An administrator gives an account a server role: only below its own rank, and only to an account of a lower
   * rank than its own (Discord's rule).
   */
  private Future<AccountReply> setRole(AccountRequest.SetRole set) {
    Rank actor = directory.rank(Names.key(set.actor()));
    String key = Names.key(set.target());
    if (!actor.atLeast(Rank.ADMIN)) {
      return Future.succeededFuture(new Refused(Why.NOT_ALLOWED, "role", 0, Rank.ADMIN.wire()));
    }
    if (!actor.above(set.role())) {
      return Future.succeededFuture(new Refused(Why.RANK_TOO_HIGH, set.target()));
    }
    if (!directory.registered(key)) {
      return Future.succeededFuture(new Refused(Why.NOT_REGISTERED, set.target()));
    }
    if (!actor.above(directory.rank(key))) {
      return Future.succeededFuture(new Refused(Why.OUTRANKED, set.target()));
    }
    ServerRole role = ServerRole.of(set.role());
    String name = directory.name(key);
    return store.setRole(key, role).map(changed -> {
      if (!changed) {
        return new Refused(Why.NOT_REGISTERED, set.target());
      }
      LOG.info("{} gives {} the server role {}", set.actor(), name, role.wire());
      announce.accept(AccountChange.registered(key, name, role));
      record(set.actor(), "role", name, role.wire());
      return new AccountReply.RoleSet(name, set.role());
    });
  }

  /** The last moderation actions, for moderators: what each did, to whom and why, newest first. */
  private Future<AccountReply> audit(AccountRequest.Audit asked) {
    if (!directory.rank(Names.key(asked.actor())).atLeast(Rank.MODERATOR)) {
      return Future.succeededFuture(new Refused(Why.NOT_ALLOWED, "audit", 0, Rank.MODERATOR.wire()));
    }
    return audit.recent(Math.max(1, Math.min(MAX_AUDIT_LINES, asked.count()))).map(entries ->
        new AccountReply.AuditLines(entries.stream().map(e ->
            new AuditLine(e.at(), e.actor(), e.action(), e.target(), e.scope(), e.reason())).toList()));
  }

  /** Writes a moderation action down; an action is never held up, nor undone, by a record that fails. */
  void record(String actor, String action, String target, String reason) {
    audit.record(actor, action, target, "*", reason, clock.instant())
        .onFailure(e -> LOG.warn("Not in the audit trail: {} {} {}: {}", actor, action, target, e.toString()));
  }

  private Future<AccountReply> unregister(String account) {
    String key = Names.key(account);
    return store.delete(key).map(deleted -> {
      if (!deleted) {
        return new Refused(Why.NOT_REGISTERED, account);
      }
      LOG.info("Account {} deleted", account);
      announce.accept(AccountChange.removed(key));
      return new AccountReply.Done();
    });
  }

  /** A new resume token for the account, stored hashed; null when tokens are off. */
  private Future<String> newToken(String key) {
    if (config.resumeTokenLife().isZero()) {
      return Future.succeededFuture(null);
    }
    String token = tokens.newToken();
    return store.addResumeToken(ResumeTokens.hash(token), key, clock.instant().plus(config.resumeTokenLife()))
        .map(token);
  }
}

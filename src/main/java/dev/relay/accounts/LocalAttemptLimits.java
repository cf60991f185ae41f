package dev.relay.accounts;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@link AttemptLimits} for a single instance: an {@link AttemptLedger} confined to its owner's context.
 *
 * <p><b>Context.</b> Each call runs on the owner's context and its future completes on the caller's, so
 * edges on several event loops may share one instance. A call from the owner's own context is answered at
 * once, without a hop. From a non-Vert.x thread the future completes on the owner's context.
 */
public final class LocalAttemptLimits implements AttemptLimits {

  private final Context owner;
  private final AttemptLedger ledger;

  /** @param owner the context (an event loop's) that alone touches the ledger */
  public LocalAttemptLimits(Context owner, AttemptLedger ledger) {
    this.owner = owner;
    this.ledger = ledger;
  }

  @Override
  public Future<Long> blockedSeconds(List<String> keys) {
    List<String> copy = List.copyOf(keys);
    return onOwner(() -> ledger.blockedSeconds(copy));
  }

  @Override
  public Future<Void> failed(List<String> keys) {
    List<String> copy = List.copyOf(keys);
    return onOwner(() -> {
      ledger.failed(copy);
      return null;
    });
  }

  @Override
  public Future<Void> succeeded(String key) {
    return onOwner(() -> {
      ledger.succeeded(key);
      return null;
    });
  }

  /** Keys tracked, for metrics; read on the owner's context like the rest. */
  public Future<Integer> size() {
    return onOwner(ledger::size);
  }

  private <T> Future<T> onOwner(Supplier<T> operation) {
    Context caller = Vertx.currentContext();
    if (caller == owner) {
      return attempt(operation);
    }
    Promise<T> promise = Promise.promise();
    owner.runOnContext(v -> {
      Future<T> outcome = attempt(operation);
      if (caller == null) {
        promise.handle(outcome);
      } else {
        caller.runOnContext(w -> promise.handle(outcome));
      }
    });
    return promise.future();
  }

  private static <T> Future<T> attempt(Supplier<T> operation) {
    try {
      return Future.succeededFuture(operation.get());
    } catch (RuntimeException e) {
      return Future.failedFuture(e);
    }
  }
}

package dev.relay.accounts;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Calls an asynchronous API from a given context, as an edge on its event loop would, and hands the outcome
 * to the test thread, failing it when the future completed on any other context.
 */
final class OnContext {

  private OnContext() {
  }

  static <T> T call(Context caller, Supplier<Future<T>> call) throws Throwable {
    CompletableFuture<T> outcome = new CompletableFuture<>();
    caller.runOnContext(v -> call.get().onComplete(result -> {
      if (Vertx.currentContext() != caller) {
        outcome.completeExceptionally(new AssertionError("completed on " + Vertx.currentContext()
            + " (" + Thread.currentThread().getName() + "), not the caller's " + caller));
      } else if (result.succeeded()) {
        outcome.complete(result.result());
      } else {
        outcome.completeExceptionally(result.cause());
      }
    }));
    try {
      return outcome.get(30, TimeUnit.SECONDS);
    } catch (ExecutionException e) {
      throw e.getCause();
    }
  }
}

package dev.relay.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The context behaviour of the local limits; their arithmetic is {@link AttemptLedgerTest}'s. */
@ExtendWith(VertxExtension.class)
class LocalAttemptLimitsTest {

  private static final String ALICE = AttemptPolicies.account("alice");
  private static final String HOME = AttemptPolicies.address("10.0.0.1");

  private final AtomicLong now = new AtomicLong(1_700_000_000_000L);

  private LocalAttemptLimits limits(Context owner) {
    AttemptPolicies policies = AttemptPolicies.of(new AttemptPolicy(2, Duration.ofMinutes(1)),
        new AttemptPolicy(10, Duration.ofMinutes(10)));
    return new LocalAttemptLimits(owner, new AttemptLedger(policies, now::get, 1000));
  }

  @Test
  void callersOnOtherContextsAreAnsweredOnTheirOwn(Vertx vertx) throws Throwable {
    LocalAttemptLimits limits = limits(vertx.getOrCreateContext());
    Context edgeA = vertx.getOrCreateContext();
    Context edgeB = vertx.getOrCreateContext();
    OnContext.call(edgeA, () -> limits.failed(List.of(ALICE, HOME)));
    OnContext.call(edgeB, () -> limits.failed(List.of(ALICE, HOME)));
    assertThat(OnContext.call(edgeA, () -> limits.blockedSeconds(List.of(ALICE, HOME)))).isEqualTo(60);
    OnContext.call(edgeB, () -> limits.succeeded(ALICE));
    assertThat(OnContext.call(edgeA, () -> limits.blockedSeconds(List.of(ALICE, HOME)))).isZero();
    assertThat(OnContext.call(edgeA, limits::size)).as("the address key stays").isEqualTo(1);
  }

  @Test
  void theOwnerIsAnsweredWithoutAHop(Vertx vertx) throws Throwable {
    Context owner = vertx.getOrCreateContext();
    LocalAttemptLimits limits = limits(owner);
    Boolean answeredAtOnce = OnContext.call(owner, () -> {
      Future<Void> failed = limits.failed(List.of(ALICE));
      return Future.succeededFuture(failed.isComplete());
    });
    assertThat(answeredAtOnce).isTrue();
  }

  @Test
  void aBadKeyFailsTheFutureOnTheCallersContext(Vertx vertx) {
    LocalAttemptLimits limits = limits(vertx.getOrCreateContext());
    assertThatThrownBy(() -> OnContext.call(vertx.getOrCreateContext(), () -> limits.failed(List.of("alice"))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package dev.relay.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.WorkerExecutor;
import io.vertx.junit5.VertxExtension;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class PasswordHasherTest {

  private static final Argon2id CHEAP = new Argon2id(new Argon2id.Parameters(64, 1, 1), new SecureRandom());

  @Test
  void hashAndVerifyCompleteOnTheCallersContext(Vertx vertx) throws Throwable {
    PasswordHasher hasher = new PasswordHasher(vertx, CHEAP, 1, 4);
    Context edge = vertx.getOrCreateContext();
    String phc = OnContext.call(edge, () -> hasher.hash("correct horse"));
    assertThat(phc).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
    assertThat(OnContext.call(edge, () -> hasher.verify("correct horse", phc))).isEqualTo(new PasswordHasher.Verdict.Match());
    assertThat(OnContext.call(edge, () -> hasher.verify("wrong horse", phc))).isEqualTo(new PasswordHasher.Verdict.Mismatch());
  }

  @Test
  void hashingRunsOnThePasswordPoolNotTheEventLoop(Vertx vertx) throws Throwable {
    WorkerExecutor pool = vertx.createSharedWorkerExecutor(PasswordHasher.POOL_NAME, 1);
    String thread = OnContext.call(vertx.getOrCreateContext(),
        () -> pool.executeBlocking(() -> Thread.currentThread().getName(), false));
    assertThat(thread).startsWith(PasswordHasher.POOL_NAME);
    pool.close();
  }

  @Test
  void aRightPasswordOnAnOutdatedHashComesWithANewHash(Vertx vertx) throws Throwable {
    PasswordHasher hasher = new PasswordHasher(vertx, CHEAP, 1, 4);
    String old = new Argon2id(new Argon2id.Parameters(16, 1, 1), new SecureRandom()).hash("correct horse");
    PasswordHasher.Verdict verdict = OnContext.call(vertx.getOrCreateContext(), () -> hasher.verify("correct horse", old));
    assertThat(verdict).isInstanceOf(PasswordHasher.Verdict.MatchNeedsRehash.class);
    String renewed = ((PasswordHasher.Verdict.MatchNeedsRehash) verdict).newHash();
    assertThat(renewed).startsWith("$argon2id$v=19$m=64,t=1,p=1$");
    assertThat(CHEAP.verify("correct horse", renewed)).isEqualTo(Argon2id.Check.MATCH);
  }

  @Test
  void anUnreadableStoredHashIsANamedFailure(Vertx vertx) {
    PasswordHasher hasher = new PasswordHasher(vertx, CHEAP, 1, 4);
    assertThatThrownBy(() -> OnContext.call(vertx.getOrCreateContext(), () -> hasher.verify("pw", "$2y$10$notargon")))
        .isInstanceOf(PasswordHasher.UnreadableHash.class)
        .hasMessage("stored password hash unreadable: not an argon2id PHC string");
  }

  @Test
  void anOversizedPasswordIsNeverHashed(Vertx vertx) throws Throwable {
    PasswordHasher hasher = new PasswordHasher(vertx, CHEAP, 1, 0);
    String huge = "x".repeat(1_000_000);
    Future<PasswordHasher.Verdict> verdict = hasher.verify(huge, CHEAP.hash("pw"));
    assertThat(verdict.isComplete()).isTrue();
    assertThat(verdict.result()).isEqualTo(new PasswordHasher.Verdict.Mismatch());
    assertThatThrownBy(() -> OnContext.call(vertx.getOrCreateContext(), () -> hasher.hash(huge)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(hasher.queued() + hasher.inFlight()).isZero();
  }

  @Test
  void pastTheQueueCallersAreToldBusyAtOnce(Vertx vertx) throws Throwable {
    PasswordHasher hasher = new PasswordHasher(vertx, CHEAP, 1, 1);
    WorkerExecutor samePool = vertx.createSharedWorkerExecutor(PasswordHasher.POOL_NAME, 1);
    CountDownLatch release = new CountDownLatch(1);
    CountDownLatch occupied = new CountDownLatch(1);
    Future<Boolean> blocker = samePool.executeBlocking(() -> {
      occupied.countDown();
      return release.await(30, TimeUnit.SECONDS);
    }, false);
    assertThat(occupied.await(10, TimeUnit.SECONDS)).isTrue();

    List<Future<String>> admitted = new ArrayList<>();
    admitted.add(hasher.hash("first password"));
    admitted.add(hasher.hash("second password"));
    assertThat(hasher.queued()).isEqualTo(2);
    assertThat(hasher.inFlight()).isZero();
    Future<String> third = hasher.hash("third password");
    assertThat(third.failed()).isTrue();
    assertThat(third.cause()).isInstanceOf(PasswordHasher.Busy.class).hasMessage("password hashing busy: 1 waiting");
    assertThat(hasher.refused()).isEqualTo(1);
    assertThat(admitted.get(0).isComplete()).as("waits for the occupied password pool").isFalse();

    release.countDown();
    for (Future<String> hash : admitted) {
      assertThat(hash.await(30, TimeUnit.SECONDS)).startsWith("$argon2id$");
    }
    assertThat(blocker.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(hasher.queued() + hasher.inFlight()).isZero();
    assertThat(hasher.hash("fourth password").await(30, TimeUnit.SECONDS)).startsWith("$argon2id$");
    samePool.close();
  }
}

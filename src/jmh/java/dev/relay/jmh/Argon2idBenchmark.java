package dev.relay.jmh;

import dev.relay.accounts.Argon2id;
import java.security.SecureRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a password costs one thread at the production parameters (OWASP's m=19456 KiB, t=2, p=1): a
 * registration ({@code hash}) and a login ({@code verify}) each make one Argon2id hash. The score, in
 * operations per second, is how many logins one hashing thread of {@code PasswordHasher} serves.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 6, time = 4)
@Measurement(iterations = 5, time = 4)
public class Argon2idBenchmark {

  private static final String PASSWORD = "correct horse battery staple";

  private final Argon2id argon2 = new Argon2id(Argon2id.Parameters.OWASP, new SecureRandom());
  private String stored;

  @Setup
  public void setUp() {
    stored = argon2.hash(PASSWORD);
  }

  @Benchmark
  public String hash() {
    return argon2.hash(PASSWORD);
  }

  @Benchmark
  public Argon2id.Check verify() {
    return argon2.verify(PASSWORD, stored);
  }
}

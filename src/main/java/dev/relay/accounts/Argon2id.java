package dev.relay.accounts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Password hashing with Argon2id (RFC 9106) through Bouncy Castle, stored as PHC strings that libargon2
 * and the {@code argon2} CLI read and write (see {@link PhcString}).
 *
 * <p>Plain Java and CPU-bound: a call at {@link Parameters#OWASP} takes tens of milliseconds and allocates
 * 19 MiB, so it MUST NOT run on an event loop; {@link PasswordHasher} is the asynchronous edge. Instances
 * are immutable and thread-safe. The password's UTF-8 bytes are hashed as they are, without Unicode
 * normalisation; callers bound their length first ({@link PasswordRules}).
 */
public final class Argon2id {

  /** Bytes of random salt in every new hash (RFC 9106 recommends 16). */
  public static final int SALT_BYTES = 16;
  /** Bytes of output in every new hash. */
  public static final int HASH_BYTES = 32;

  /**
   * The work factors.
   *
   * @param memoryKiB   memory in KiB, at least 8 per lane
   * @param iterations  passes over the memory, at least 1
   * @param parallelism lanes, at least 1
   */
  public record Parameters(int memoryKiB, int iterations, int parallelism) {

    /** OWASP Password Storage Cheat Sheet's minimum for Argon2id: 19 MiB, 2 iterations, 1 lane. */
    public static final Parameters OWASP = new Parameters(19456, 2, 1);

    public Parameters {
      if (parallelism < 1 || iterations < 1) {
        throw new IllegalArgumentException("argon2 iterations and parallelism must be at least 1");
      }
      if (memoryKiB < 8 * parallelism) {
        throw new IllegalArgumentException("argon2 memory must be at least 8 KiB per lane");
      }
    }
  }

  /** What {@link #verify} found. */
  public enum Check {
    MATCH,
    MISMATCH,
    /** The stored string is not an Argon2id PHC string within this server's bounds; nothing was hashed. */
    MALFORMED
  }

  private final Parameters current;
  private final SecureRandom random;

  /** Hashes with {@code current} and salts from {@code random}. */
  public Argon2id(Parameters current, SecureRandom random) {
    this.current = current;
    this.random = random;
  }

  /** Hashes at OWASP's parameters with a fresh {@link SecureRandom}. */
  public Argon2id() {
    this(Parameters.OWASP, new SecureRandom());
  }

  public Parameters parameters() {
    return current;
  }

  /** A new PHC string for {@code password} at the current parameters, with a fresh random salt. */
  public String hash(String password) {
    byte[] salt = new byte[SALT_BYTES];
    random.nextBytes(salt);
    byte[] hash = derive(password, PhcString.VERSION_13, current, salt, HASH_BYTES);
    return new PhcString(PhcString.VERSION_13, current, salt, hash).format();
  }

  /**
   * Whether {@code password} is the one {@code phc} was made from, with the parameters, salt and length
   * the string gives. The hashes are compared in constant time. Never throws for a bad {@code phc}.
   */
  public Check verify(String password, String phc) {
    PhcString stored;
    try {
      stored = PhcString.parse(phc);
    } catch (PhcString.Malformed e) {
      return Check.MALFORMED;
    }
    byte[] computed = derive(password, stored.version(), stored.parameters(), stored.salt(), stored.hash().length);
    return MessageDigest.isEqual(computed, stored.hash()) ? Check.MATCH : Check.MISMATCH;
  }

  /**
   * Whether {@code phc} should be replaced by a new hash once the password is known: true when it is not
   * an Argon2id string this server reads, is of version 16, has less memory or fewer iterations than the
   * current parameters, or a salt or hash shorter than new ones get. More lanes alone are no weakness.
   */
  public boolean needsRehash(String phc) {
    PhcString stored;
    try {
      stored = PhcString.parse(phc);
    } catch (PhcString.Malformed e) {
      return true;
    }
    Parameters old = stored.parameters();
    return stored.version() != PhcString.VERSION_13
        || old.memoryKiB() < current.memoryKiB()
        || old.iterations() < current.iterations()
        || stored.salt().length < SALT_BYTES
        || stored.hash().length < HASH_BYTES;
  }

  /** Why a stored string fails to parse, for the operator's log; null when it parses. */
  public static String problemWith(String phc) {
    try {
      PhcString.parse(phc);
      return null;
    } catch (PhcString.Malformed e) {
      return e.getMessage();
    }
  }

  private static byte[] derive(String password, int version, Parameters parameters, byte[] salt, int length) {
    Argon2Parameters argon2 = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
        .withVersion(version)
        .withMemoryAsKB(parameters.memoryKiB())
        .withIterations(parameters.iterations())
        .withParallelism(parameters.parallelism())
        .withSalt(salt)
        .build();
    Argon2BytesGenerator generator = new Argon2BytesGenerator();
    generator.init(argon2);
    byte[] secret = password.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[length];
    try {
      generator.generateBytes(secret, out);
    } finally {
      Arrays.fill(secret, (byte) 0);
    }
    return out;
  }
}

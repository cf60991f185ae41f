package dev.relay.accounts;

import dev.relay.store.TokenHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Resume tokens: what a client presents instead of its password when it reconnects, so that a rolling
 * restart costs each user a SHA-256 instead of an Argon2id (ergo PR #2007's problem). A token is 32
 * random bytes; only its SHA-256 is stored, so a leaked table does not log anyone in, and 256 random bits
 * need no slow hash.
 *
 * <p>Thread-safe ({@link SecureRandom} is).
 */
public final class ResumeTokens {

  /** Characters of a token: 32 bytes in base64url without padding. */
  public static final int TOKEN_CHARS = 43;

  /**
   * 42 characters of base64url and a last one that carries 2 bits and 4 zero bits: the only spellings
   * {@link #newToken} can produce, so each token has exactly one.
   */
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{42}[AEIMQUYcgkosw048]");
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final SecureRandom random;

  public ResumeTokens(SecureRandom random) {
    this.random = random;
  }

  public ResumeTokens() {
    this(new SecureRandom());
  }

  /** A new token: 32 random bytes, base64url without padding ({@value #TOKEN_CHARS} characters). */
  public String newToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return ENCODER.encodeToString(bytes);
  }

  /** What to store and look up: SHA-256 of the token's characters, 64 lowercase hex digits. */
  public static String hash(String token) {
    return TokenHash.of(token);
  }

  /** Whether {@code text} could be a token {@link #newToken} made; check before hashing client input. */
  public static boolean wellFormed(String text) {
    return text != null && WELL_FORMED.matcher(text).matches();
  }
}

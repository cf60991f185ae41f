package dev.relay.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a password may be. Plain Java, immutable, thread-safe.
 *
 * <ul>
 *   <li>at least {@link #MIN_CHARACTERS} characters (Unicode code points) when it is chosen: NIST SP 800-63B's
 *       minimum for a user-chosen secret, and OWASP's;</li>
 *   <li>at most {@link #MAX_BYTES} bytes of UTF-8, checked before any hashing, at login too: Argon2 hashes
 *       any length, so the bound is what keeps a megabyte "password" from costing more than a real one;
 *       256 bytes leaves room for long passphrases (64 code points of four bytes each);</li>
 *   <li>no control characters (C0, DEL, C1) and no unpaired surrogates: they cannot be typed reliably, and a
 *       line protocol would mangle some of them.</li>
 * </ul>
 * Spaces and every other printable character are allowed; nothing is trimmed or normalised.
 */
public final class PasswordRules {

  public static final int MIN_CHARACTERS = 8;
  public static final int MAX_BYTES = 256;

  private PasswordRules() {
  }

  /** The {@code ! } wording for a password that may not be chosen, or empty when it may. */
  public static Optional<String> problemForNew(String password) {
    Optional<String> bound = problemForLogin(password);
    if (bound.isPresent()) {
      return bound;
    }
    if (password.codePointCount(0, password.length()) < MIN_CHARACTERS) {
      return Optional.of("a password needs at least " + MIN_CHARACTERS + " characters");
    }
    boolean unfit = password.codePoints()
        .anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE);
    if (unfit) {
      return Optional.of("a password may not contain control characters");
    }
    return Optional.empty();
  }

  /**
   * The wording for a password that is not even worth hashing at login (empty or over the byte bound),
   * or empty when it may be checked. Shorter bounds than at registration on purpose: a login only needs
   * the hash-cost guard.
   */
  public static Optional<String> problemForLogin(String password) {
    if (password == null || password.isEmpty()) {
      return Optional.of("a password may not be empty");
    }
    if (!withinBytes(password)) {
      return Optional.of("a password may have at most " + MAX_BYTES + " bytes");
    }
    return Optional.empty();
  }

  /** Whether the UTF-8 form of {@code password} fits {@link #MAX_BYTES}, without encoding long input. */
  static boolean withinBytes(String password) {
    if (password.length() > MAX_BYTES) {
      return false;
    }
    return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
  }
}

package dev.relay.files;

import dev.relay.store.TokenHash;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * File ids and upload tokens: 128 random bits each, base64url without padding (22 characters), unguessable, so a
 * link is the capability to read and a path built from an id cannot leave its directory. Tokens are stored only as
 * their SHA-256. Thread-safe ({@link SecureRandom} is).
 */
public final class FileIds {

  /** 21 characters of base64url and a last one carrying 2 bits and 4 zero bits: what {@link #next} makes. */
  private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9_-]{21}[AQgw]");
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

  private final SecureRandom random;

  public FileIds(SecureRandom random) {
    this.random = random;
  }

  public FileIds() {
    this(new SecureRandom());
  }

  /** A new id or token. */
  public String next() {
    byte[] bytes = new byte[16];
    random.nextBytes(bytes);
    return ENCODER.encodeToString(bytes);
  }

  /** Whether {@code text} could be an id or token {@link #next} made; check before using client input. */
  public static boolean wellFormed(String text) {
    return text != null && WELL_FORMED.matcher(text).matches();
  }

  /** What to store and look a token up by: its SHA-256, 64 lowercase hex digits. */
  public static String hash(String token) {
    return TokenHash.of(token);
  }
}

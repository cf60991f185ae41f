package dev.relay.accounts;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Argon2id hash in the PHC string format that libargon2 writes and reads:
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}, salt and hash in standard base64 without padding.
 * A missing {@code v=} means version 16 (0x10), as in libargon2; {@code keyid} and {@code data} are not
 * supported.
 *
 * <p>Parsing bounds every cost so that a corrupt or hostile stored string cannot make one login allocate
 * gigabytes or run for minutes: memory at most {@link #MAX_MEMORY_KIB}, iterations at most
 * {@link #MAX_ITERATIONS}, lanes at most {@link #MAX_PARALLELISM}, salt 8-64 bytes, hash 4-128 bytes.
 */
record PhcString(int version, Argon2id.Parameters parameters, byte[] salt, byte[] hash) {

  static final int VERSION_10 = 0x10;
  static final int VERSION_13 = 0x13;
  static final int MAX_MEMORY_KIB = 1 << 20;
  static final int MAX_ITERATIONS = 64;
  static final int MAX_PARALLELISM = 16;

  private static final Pattern FORMAT = Pattern.compile(
      "\\$argon2id(?:\\$v=(\\d{1,3}))?\\$m=(\\d{1,8}),t=(\\d{1,3}),p=(\\d{1,3})\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
  private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getDecoder();

  /** Why a stored string is not a hash this server can check; its message never repeats the string. */
  static final class Malformed extends Exception {
    Malformed(String problem) {
      super(problem, null, false, false);
    }
  }

  static PhcString parse(String text) throws Malformed {
    if (text == null) {
      throw new Malformed("no hash");
    }
    Matcher m = FORMAT.matcher(text);
    if (!m.matches()) {
      throw new Malformed("not an argon2id PHC string");
    }
    int version = m.group(1) == null ? VERSION_10 : Integer.parseInt(m.group(1));
    if (version != VERSION_10 && version != VERSION_13) {
      throw new Malformed("unknown argon2 version " + version);
    }
    int memory = Integer.parseInt(m.group(2));
    int iterations = Integer.parseInt(m.group(3));
    int parallelism = Integer.parseInt(m.group(4));
    if (memory > MAX_MEMORY_KIB || iterations > MAX_ITERATIONS || parallelism > MAX_PARALLELISM) {
      throw new Malformed("argon2 cost beyond this server's bounds");
    }
    Argon2id.Parameters parameters;
    try {
      parameters = new Argon2id.Parameters(memory, iterations, parallelism);
    } catch (IllegalArgumentException e) {
      throw new Malformed(e.getMessage());
    }
    byte[] salt = decode(m.group(5), 8, 64, "salt");
    byte[] hash = decode(m.group(6), 4, 128, "hash");
    return new PhcString(version, parameters, salt, hash);
  }

  String format() {
    return "$argon2id$v=" + version + "$m=" + parameters.memoryKiB() + ",t=" + parameters.iterations()
        + ",p=" + parameters.parallelism() + "$" + ENCODER.encodeToString(salt) + "$" + ENCODER.encodeToString(hash);
  }

  /** libargon2 rejects a length of 1 mod 4 (no whole byte) and non-zero leftover bits; so does this. */
  private static byte[] decode(String base64, int min, int max, String what) throws Malformed {
    byte[] bytes;
    try {
      bytes = DECODER.decode(base64);
    } catch (IllegalArgumentException e) {
      throw new Malformed(what + " is not base64");
    }
    if (!ENCODER.encodeToString(bytes).equals(base64)) {
      throw new Malformed(what + " is not canonical base64");
    }
    if (bytes.length < min || bytes.length > max) {
      throw new Malformed(what + " must be " + min + "-" + max + " bytes, got " + bytes.length);
    }
    return bytes;
  }
}

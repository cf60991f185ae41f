package dev.relay.admin;

/**
 * Why an admin command did nothing: its message follows {@code relay admin: } on stderr and never holds a
 * password. The exit code is {@link #REFUSED} unless the command line itself was wrong.
 */
final class Refusal extends Exception {

  /** Bad input, an unknown or existing account, a store that cannot be opened or used. */
  static final int REFUSED = 1;
  /** Wrong usage or a bad configuration, as picocli and the server exit for theirs. */
  static final int USAGE = 2;

  private final int exitCode;

  Refusal(String message) {
    this(REFUSED, message);
  }

  Refusal(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  int exitCode() {
    return exitCode;
  }
}

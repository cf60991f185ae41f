package dev.relay.bench;

/** Why a bench run could not go on: a refused connection or handshake, an unreadable server. */
final class BenchFailure extends RuntimeException {

  BenchFailure(String message) {
    super(message, null, false, false);
  }
}

package dev.relay.client;

/** Why the client gave up; the message is shown to the user as {@code relay client: MESSAGE}, exit code 1. */
final class ClientFailure extends Exception {

  ClientFailure(String message) {
    super(message);
  }
}

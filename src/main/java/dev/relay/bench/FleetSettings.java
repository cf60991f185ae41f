package dev.relay.bench;

import java.util.List;

/**
 * How the bench connects, whatever the scenario.
 *
 * @param dialect         the protocol spoken
 * @param aliasPrefix     aliases are this prefix and the member's number
 * @param threads         event loops at most
 * @param handshakes      handshakes in flight at most
 * @param sourceAddresses local addresses to spread connections over; empty for the system's choice
 * @param timeoutSeconds  the hard time limit of the whole run
 */
record FleetSettings(Dialect dialect, String aliasPrefix, int threads, int handshakes, List<String> sourceAddresses,
    double timeoutSeconds) {

  String alias(int member) {
    return aliasPrefix + member;
  }
}

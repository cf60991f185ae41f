package dev.relay.client;

import java.util.Optional;

/**
 * How one client run behaves, settled from the command line before it connects.
 *
 * @param servers           the servers to connect to, in the order given
 * @param alias             alias to answer the handshake with; empty lets the user (or the script) answer
 * @param reconnectAttempts connect rounds after a lost connection, {@link Backoff#UNLIMITED} for no limit
 * @param interactive       a person at a terminal, who is asked again when an alias is refused; otherwise a
 *                          script, for which a refused alias is fatal
 * @param tls               plain TCP or TLS, checked or not
 */
record ClientSettings(ServerAddresses servers, Optional<String> alias, int reconnectAttempts, boolean interactive,
    ClientTls tls) {
}

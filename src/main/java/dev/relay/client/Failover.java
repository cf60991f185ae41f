package dev.relay.client;

import java.io.IOException;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Connect rounds over the servers of {@code --host}: each round looks the names up again and tries the
 * addresses in the order {@link ServerAddresses#round} gives, starting after the address of the last
 * connection, until one connects. Waiting between rounds is the caller's ({@link Backoff}).
 *
 * <p>Confined to the client loop, which a round blocks: up to {@link ServerLink#CONNECT_TIMEOUT_MILLIS} for
 * each address that neither answers nor refuses.
 */
final class Failover {

  /** A connection made by a round; {@code moved} when it goes elsewhere than the connection before it. */
  record Connected(ServerLink link, ServerAddresses.Address address, boolean moved) {
  }

  /** No address of the round connected; the message is {@link ConnectFailures#describe()}. */
  static final class RoundFailed extends Exception {

    private final transient ConnectFailures failures;

    RoundFailed(ConnectFailures failures) {
      super(failures.describe());
      this.failures = failures;
    }

    ConnectFailures failures() {
      return failures;
    }
  }

  private final ServerAddresses servers;
  private final ClientTls tls;
  private final ServerAddresses.Resolver resolver;
  private ServerAddresses.Address last;

  Failover(ServerAddresses servers, ClientTls tls, ServerAddresses.Resolver resolver) {
    this.servers = servers;
    this.tls = tls;
    this.resolver = resolver;
  }

  /**
   * One round. A connection at start-up counts as moved when an address before it failed, so the user
   * learns which server took over.
   *
   * @param events receives the new link's lines and its end
   */
  Connected connect(Consumer<ClientEvent> events) throws RoundFailed {
    ServerAddresses.Round round = servers.round(resolver, last == null ? null : last.socket());
    ConnectFailures failures = new ConnectFailures();
    for (ServerAddresses.Unresolved unresolved : round.unresolved()) {
      failures.add(unresolved.entry().label(), ServerLink.describe(unresolved.cause()));
    }
    for (ServerAddresses.Address address : round.order()) {
      try {
        ServerLink link = ServerLink.open(tls, address, events);
        boolean moved = last == null ? !failures.isEmpty() : !last.socket().equals(address.socket());
        last = address;
        return new Connected(link, address, moved);
      } catch (IOException e) {
        failures.add(address.entry().label(), ServerLink.describe(e));
      }
    }
    throw new RoundFailed(failures);
  }

  /** The address of the last connection made, if any. */
  Optional<ServerAddresses.Address> last() {
    return Optional.ofNullable(last);
  }
}

package dev.relay.chat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.ChatEvent.Refusal;
import dev.relay.bus.DisconnectReason;
import dev.relay.bus.EdgeEvent;
import dev.relay.bus.HubRequest;
import dev.relay.bus.MemberId;
import io.vertx.core.Future;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A connection's handshake with the hub: the alias checked against accounts and bans, claimed from the
 * {@link AliasRegistry}, the lobby's last lines read, then the member welcomed into the lobby with them and given the
 * private messages kept for its account. A connection that closes meanwhile leaves nothing behind. Confined to the
 * hub's context.
 */
final class Arrivals {

  private static final Logger LOG = LoggerFactory.getLogger(Arrivals.class);

  private final AliasRegistry aliases;
  private final Registrations registrations;
  private final RoomDoor door;
  private final RoomRules rules;
  private final RoomHistory history;
  private final Membership membership;
  private final LocalMembers locals;
  private final EdgeLink edges;
  private final Mailboxes mailboxes;
  /** Handshakes waiting for the alias registry or the lobby's lines, and those whose connection closed meanwhile. */
  private final Set<MemberId> greeting = new HashSet<>();
  private final Set<MemberId> goneWhileGreeting = new HashSet<>();

  Arrivals(AliasRegistry aliases, Registrations registrations, RoomDoor door, RoomRules rules, RoomHistory history,
      Membership membership, LocalMembers locals, EdgeLink edges, Mailboxes mailboxes) {
    this.aliases = aliases;
    this.registrations = registrations;
    this.door = door;
    this.rules = rules;
    this.history = history;
    this.membership = membership;
    this.locals = locals;
    this.edges = edges;
    this.mailboxes = mailboxes;
  }

  /** A connection that is not a member closed: if its handshake is under way, it ends there. */
  void gone(MemberId id) {
    if (greeting.contains(id)) {
      goneWhileGreeting.add(id);
    }
  }

  void hello(HubRequest.Hello hello) {
    MemberId id = hello.from();
    String alias = hello.alias();
    if (!hello.loggedIn() && (registrations.registered(Names.key(alias)) || !registrations.guestsWelcome())) {
      Refusal why = registrations.registered(Names.key(alias)) ? Refusal.ALIAS_REGISTERED : Refusal.GUESTS_UNWELCOME;
      edges.send(id.edge(), new EdgeEvent.Refused(id.conn(), new ChatEvent.Refused(why, alias)));
      return;
    }
    Optional<ChatEvent> banned = door.refuseAtTheGate(alias, hello.address());
    if (banned.isPresent()) {
      edges.send(id.edge(), new EdgeEvent.Disconnect(id.conn(), banned.get(), DisconnectReason.BANNED));
      return;
    }
    greeting.add(id);
    aliases.claim(alias, id)
        .onSuccess(claimed -> {
          if (!claimed) {
            greeting.remove(id);
            edges.send(id.edge(), new EdgeEvent.Refused(id.conn(), new ChatEvent.Refused(Refusal.ALIAS_TAKEN, alias)));
            return;
          }
          // The lobby's last lines are read while the handshake still waits, so that none said meanwhile is missed.
          Future<RoomHistory.Replayed> lobby = hello.enterLobby()
              ? history.beforeEntering(Names.LOBBY_KEY, rules.nameOf(Names.LOBBY_KEY, Names.LOBBY), -1)
              : Future.succeededFuture();
          lobby.onSuccess(read -> welcome(hello, read));
        })
        .onFailure(e -> {
          greeting.remove(id);
          goneWhileGreeting.remove(id);
          LOG.error("[{}] could not claim alias {}", id, alias, e);
          edges.send(id.edge(), new EdgeEvent.Refused(id.conn(),
              new ChatEvent.Refused(Refusal.ALIAS_UNAVAILABLE, alias)));
        });
  }

  /** The alias is claimed: the member is in, told so, in the lobby if it asked, then given what waited for it. */
  private void welcome(HubRequest.Hello hello, RoomHistory.Replayed lobby) {
    MemberId id = hello.from();
    String alias = hello.alias();
    greeting.remove(id);
    if (goneWhileGreeting.remove(id)) {
      aliases.release(alias, id);
      return;
    }
    LOG.info("[{}] {} connected", id, alias);
    membership.register(id, alias, hello.user(), hello.realName());
    locals.add(id, hello.address(), hello.enterLobby());
    edges.send(id.edge(), new EdgeEvent.Accepted(id.conn(), alias, hello.enterLobby() ? Names.LOBBY : null));
    if (hello.enterLobby()) {
      String name = membership.enter(id, alias, Names.LOBBY_KEY, Names.LOBBY);
      history.replay(id, Names.LOBBY_KEY, name, lobby);
    }
    if (hello.loggedIn()) {
      mailboxes.deliver(id, alias);
    }
  }

}

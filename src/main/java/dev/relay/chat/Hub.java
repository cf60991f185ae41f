package dev.relay.chat;

import dev.relay.bus.ChatEvent.Refusal;
import dev.relay.bus.ChatEvent;
import dev.relay.bus.DisconnectReason;
import dev.relay.bus.EdgeEvent;
import dev.relay.bus.HubRequest;
import dev.relay.bus.MemberId;
import dev.relay.bus.PeerMessage;
import dev.relay.bus.RoomAction;
import dev.relay.history.HistoryParts;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One node's chat logic: handles its members' requests, claiming aliases from the {@link AliasRegistry}
 * and making membership changes through {@link Membership}, and takes its peers' reports. It speaks
 * {@link ChatEvent}s, never a wire format: each front end renders them. Runs on one
 * context; all state here is confined to it.
 */
public final class Hub {

  private static final Logger LOG = LoggerFactory.getLogger(Hub.class);

  private final String self;
  private final AliasRegistry aliases;
  private final EdgeLink edges;
  private final Membership membership;
  private final Roster roster;
  private final RoomRequests rooms;
  private final Directory directory;
  private final Registrations registrations;
  private final Moderation moderation;
  private final LocalMembers locals = new LocalMembers();
  private final RoomPolicies policies = new RoomPolicies();
  private final PolicyStore policyStore;
  private final StoreWrites writes;
  private final RoomRules rules;
  private final RoomModeration roomModeration;
  private final SanctionRequests sanctions;
  private final ModeRequests modeRequests;
  private final RoomDoor door;
  private final Clock clock;
  private final RoomHistory history;
  private final Mailboxes mailboxes;
  private final MemberTurns turns;
  private final Arrivals arrivals;

  public Hub(AliasRegistry aliases, Peers peers, EdgeLink edges) {
    this(aliases, peers, edges, Clock.systemUTC(), Registrations.NONE);
  }

  /** A hub that keeps nothing: no audit trail, no store, no other node to tell. */
  public Hub(AliasRegistry aliases, Peers peers, EdgeLink edges, Clock clock, Registrations registrations) {
    this(aliases, peers, edges, clock, registrations, AuditTrail.NONE, PolicyStore.NONE, ChangeFeed.NONE,
        HistoryParts.NONE);
  }

  /**
   * @param audit       where moderation actions taken here are written down
   * @param policyStore where room settings, ranks and sanctions are kept
   * @param feed        carries this node's room changes to the others
   * @param historyParts where rooms' lines are numbered and kept
   */
  public Hub(AliasRegistry aliases, Peers peers, EdgeLink edges, Clock clock, Registrations registrations,
      AuditTrail audit, PolicyStore policyStore, ChangeFeed feed, HistoryParts historyParts) {
    this.self = peers.self();
    this.aliases = aliases;
    this.registrations = registrations;
    this.edges = edges;
    this.clock = clock;
    this.policyStore = policyStore;
    this.writes = new StoreWrites(policyStore);
    this.membership = new Membership(peers, edges, this::killHere, policies);
    this.roster = membership.roster();
    Stamps stamps = new Stamps(clock);
    this.history = new RoomHistory(historyParts, membership, policies, edges, clock, writes);
    this.mailboxes = new Mailboxes(historyParts.mailbox(), registrations, edges, clock,
        historyParts.config().mailboxSize());
    this.rules = new RoomRules(policies, membership, locals, edges, feed, this::disconnectHere, self, registrations,
        history);
    this.roomModeration = new RoomModeration(policies, roster, registrations, writes, rules, audit, edges, clock);
    this.sanctions = new SanctionRequests(roomModeration, policies, writes, rules, audit, clock);
    this.modeRequests = new ModeRequests(roomModeration, rules, audit, history);
    this.door = new RoomDoor(policies, roomModeration, rules, roster, locals, clock);
    this.turns = new MemberTurns(this::handle);
    this.rooms = new RoomRequests(roster, membership, edges, stamps, door, policies, roomModeration, rules, history,
        turns);
    this.directory = new Directory(roster, aliases, membership, edges, stamps, mailboxes);
    this.moderation = new Moderation(registrations, directory, membership, edges, audit);
    this.arrivals = new Arrivals(aliases, registrations, door, rules, history, membership, locals, edges, mailboxes);
  }

  public void handle(HubRequest request) {
    MemberId from = request.from();
    if (request instanceof HubRequest.Hello hello) {
      arrivals.hello(hello);
      return;
    }
    if (!roster.contains(from)) {
      if (request instanceof HubRequest.Gone) {
        arrivals.gone(from);
      }
      return;
    }
    if (turns.holds(request)) {
      return;
    }
    String alias = roster.aliasOf(from);
    if (rooms.handle(request, alias)) {
      return;
    }
    if (request instanceof HubRequest.Away away) {
      membership.away(from, away.message());
    } else if (request instanceof HubRequest.Ping ping) {
      writes.afterWrites(() -> edges.tell(from, new ChatEvent.Pong(ping.token())));
    } else if (request instanceof HubRequest.Whois whois) {
      directory.whois(from, whois.alias());
    } else if (request instanceof HubRequest.Rename rename) {
      rename(from, alias, rename.alias());
    } else if (request instanceof HubRequest.Whisper whisper) {
      directory.whisper(from, alias, whisper);
    } else if (request instanceof HubRequest.Kill kill) {
      moderation.kill(from, alias, kill);
    } else if (request instanceof HubRequest.Moderate m) {
      moderate(from, alias, m);
    } else if (request instanceof HubRequest.Topic topic) {
      roomModeration.topicOf(from, topic.room());
    } else if (request instanceof HubRequest.Modes modes) {
      modeRequests.modesOf(from, modes.room());
    } else if (request instanceof HubRequest.ListSanctions list) {
      sanctions.list(from, alias, list.room());
    } else if (request instanceof HubRequest.Quit quit) {
      depart(from, alias, quit.reason());
      edges.send(from.edge(), new EdgeEvent.Disconnect(from.conn(), new ChatEvent.Goodbye(), DisconnectReason.QUIT));
    } else if (request instanceof HubRequest.Gone gone) {
      depart(from, alias, gone.reason());
    }
  }

  /** A report from another node's hub; returns the answer it asks for, or null. */
  public PeerMessage onPeer(PeerMessage message) {
    return membership.onPeer(message);
  }

  /** A room change another node made, in its wire form; one this node cannot read is logged and dropped. */
  public void onRoomChange(String change) {
    RoomChange read;
    try {
      read = RoomChangeWire.read(change);
    } catch (RuntimeException e) {
      LOG.warn("A room change from another node could not be read: {}", e.toString());
      return;
    }
    rules.apply(read);
  }

  /**
   * Reloads the room settings, ranks and sanctions from the store, in case this node missed a change (at start-up,
   * now and then, after a network split heals). A reload that raced with a change is dropped. Completes either way.
   */
  public Future<Void> reloadPolicies() {
    long mark = policies.mark();
    return policyStore.load(clock.instant())
        .onSuccess(stored -> {
          if (policies.reload(stored, mark)) {
            LOG.debug("{} registered rooms and {} sanctions loaded", stored.rooms().size(), stored.sanctions().size());
          }
        })
        .onFailure(e -> LOG.debug("Room rules not reloaded: {}", e.toString()))
        .<Void>mapEmpty()
        .recover(e -> Future.succeededFuture());
  }

  /** Introduces this node to every other node; completes once each running one has answered. */
  public Future<Void> greetAll(List<String> nodes) {
    return Future.join(nodes.stream().map(membership::greet).toList()).mapEmpty();
  }

  /** A node joined the cluster, or came back after a network split. */
  public void nodeJoined(String node) {
    membership.greet(node);
  }

  /**
   * A node left the cluster (stopped, crashed or cut off): its members leave. The oldest node also sweeps
   * their aliases out of the registry; until then a claim of one of them takes it over anyway.
   */
  public void nodeLeft(String node, boolean sweep) {
    int before = roster.countOf(node);
    membership.nodeLeft(node, "server lost");
    LOG.info("Node {} left the cluster; {} of its members left the chat", node, before);
    if (sweep) {
      aliases.releaseNode(node).onFailure(e -> LOG.warn("Could not free the aliases of node {}", node, e));
    }
  }

  /**
   * After a network split heals, the registry holds one owner per alias (Hazelcast keeps the larger
   * side's entry). Each member here claims its alias again: one whose alias went to someone on the other
   * side is disconnected with the reason; one whose entry was swept meanwhile gets it back. Completes once
   * every claim has been answered.
   */
  public Future<Void> reconcileAliases() {
    List<Future<Boolean>> claims = new ArrayList<>();
    for (MemberId id : roster.membersOf(self)) {
      String alias = roster.aliasOf(id);
      claims.add(aliases.claim(alias, id).onSuccess(stillOurs -> {
        if (!stillOurs && roster.contains(id)) {
          LOG.info("[{}] {} lost its alias to the other side of a network split", id, alias);
          locals.remove(id);
          membership.depart(id, DisconnectReason.ALIAS_LOST.notice());
          edges.send(id.edge(), new EdgeEvent.Disconnect(id.conn(),
              new ChatEvent.Refused(Refusal.ALIAS_LOST_IN_SPLIT, alias), DisconnectReason.ALIAS_LOST));
        }
      }).onFailure(e -> LOG.warn("[{}] Could not claim {} again after a network split", id, alias, e)));
    }
    return Future.join(claims).mapEmpty();
  }

  /**
   * This node is stopping: its peers hear that its members are gone and their aliases are freed. The
   * listeners tell the members themselves. Completes once the aliases are free.
   */
  public Future<Void> shutdown() {
    List<Future<Void>> released = new ArrayList<>();
    for (MemberId id : roster.membersOf(self)) {
      released.add(aliases.release(roster.aliasOf(id), id));
    }
    membership.departAllLocal(DisconnectReason.SHUTDOWN.notice());
    return Future.join(released).mapEmpty();
  }

  /**
   * Deletes the lines and kept messages older than the retention, and lines past each room's most, from the store;
   * forgets the order of rooms that are gone. Completes either way.
   */
  public Future<Void> sweepHistory() {
    return history.sweep();
  }

  /** Completes once the lines accepted here are in the store, or it failed: before the store closes. */
  public Future<Void> drainHistory() {
    return history.drain();
  }

  /** Members connected to this node: for tests and metrics. */
  public int memberCount() {
    return roster.countOf(self);
  }

  /** Rooms in the chat. */
  public int roomCount() {
    return roster.roomCount();
  }

  /** Messages this node has sent to other nodes. */
  public long peerMessagesSent() {
    return membership.peerMessagesSent();
  }

  private void rename(MemberId from, String old, String alias) {
    if (old.equals(alias)) {
      edges.tell(from, new ChatEvent.Refused(Refusal.ALREADY_KNOWN_AS, alias));
      return;
    }
    if (registrations.registered(Names.key(old)) && !Names.key(old).equals(Names.key(alias))) {
      edges.tell(from, new ChatEvent.Refused(Refusal.LOGGED_IN, old));
      return;
    }
    if (registrations.registered(Names.key(alias)) && !Names.key(old).equals(Names.key(alias))) {
      edges.tell(from, new ChatEvent.Refused(Refusal.ALIAS_REGISTERED, alias));
      return;
    }
    aliases.claim(alias, from).onSuccess(claimed -> {
      if (!roster.contains(from)) {
        aliases.release(alias, from);
      } else if (!claimed) {
        edges.tell(from, new ChatEvent.Refused(Refusal.ALIAS_TAKEN, alias));
      } else {
        if (!Names.key(old).equals(Names.key(alias))) {
          aliases.release(old, from);
        }
        LOG.info("[{}] {} is now {}", from, old, alias);
        membership.rename(from, alias);
      }
    });
  }

  /** Bans and mutes, then settings, then the rest of running a room. */
  private void moderate(MemberId from, String alias, HubRequest.Moderate m) {
    RoomAction action = m.action();
    if (!sanctions.handle(from, alias, m.room(), action) && !modeRequests.handle(from, alias, m.room(), action)) {
      roomModeration.handle(from, alias, m.room(), action);
    }
  }

  /** A member of this node is disconnected by a moderator: its rooms hear who did it and why. */
  private void killHere(MemberId id, String by, String reason) {
    disconnectHere(id, new ChatEvent.Disconnected(by, reason), DisconnectReason.KILLED,
        "disconnected by " + by + (reason.isEmpty() ? "" : ": " + reason));
  }

  private void disconnectHere(MemberId id, ChatEvent last, DisconnectReason why, String roomReason) {
    String alias = roster.aliasOf(id);
    if (alias == null) {
      return;
    }
    depart(id, alias, roomReason);
    edges.send(id.edge(), new EdgeEvent.Disconnect(id.conn(), last, why));
  }

  private void depart(MemberId id, String alias, String reason) {
    locals.remove(id);
    history.left(id);
    membership.depart(id, reason);
    aliases.release(alias, id);
    LOG.info("[{}] {} disconnected{}", id, alias, reason.isEmpty() ? "" : " (" + reason + ")");
  }
}

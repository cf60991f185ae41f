package dev.relay.chat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.HubRequest;
import dev.relay.bus.MemberId;
import dev.relay.bus.Rank;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Server-wide moderation by members of a rank: who may do what ({@link Registrations#rank}), and to whom (only to
 * members of a lower rank). The ranks are the accounts' (the database is their authority; every node holds a copy),
 * so the same rule holds on every node. Confined to the hub's context.
 */
final class Moderation {

  private static final Logger LOG = LoggerFactory.getLogger(Moderation.class);

  private final Registrations registrations;
  private final Directory directory;
  private final Membership membership;
  private final EdgeLink edges;
  private final AuditTrail audit;

  Moderation(Registrations registrations, Directory directory, Membership membership, EdgeLink edges,
      AuditTrail audit) {
    this.registrations = registrations;
    this.audit = audit;
    this.directory = directory;
    this.membership = membership;
    this.edges = edges;
  }

  /** A moderator disconnects the member holding {@code kill.alias()}, on whichever node it is. */
  void kill(MemberId from, String actor, HubRequest.Kill kill) {
    Rank rank = registrations.rank(Names.key(actor));
    if (!rank.atLeast(Rank.MODERATOR)) {
      edges.tell(from, new ChatEvent.NotAllowed("kill", Rank.MODERATOR));
      return;
    }
    String target = kill.alias();
    directory.holderOf(target).onSuccess(id -> {
      if (id == null) {
        edges.tell(from, new ChatEvent.Refused(ChatEvent.Refusal.NO_SUCH_ALIAS, target));
      } else if (!rank.above(registrations.rank(Names.key(target)))) {
        edges.tell(from, new ChatEvent.Outranked(target));
      } else {
        LOG.info("[{}] {} disconnects {}{}", from, actor, target, kill.reason().isEmpty() ? "" : ": " + kill.reason());
        membership.kill(id, actor, kill.reason());
        audit.record(actor, "kill", target, "*", kill.reason());
        edges.tell(from, new ChatEvent.Killed(target, actor, kill.reason()));
      }
    });
  }
}

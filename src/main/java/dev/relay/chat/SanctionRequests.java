package dev.relay.chat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.ChatEvent.Refusal;
import dev.relay.bus.MemberId;
import dev.relay.bus.RoomAction;
import dev.relay.bus.SanctionTarget;
import dev.relay.bus.TargetType;
import dev.relay.store.Sanction;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bans and mutes, in a room (by its operators) or server-wide (by moderators), their lifting and their lists, and the
 * moderators' announcements. A sanction is stored before it is announced, so it survives a restart of every instance;
 * it expires by itself (every check compares with the clock). Confined to the hub's context.
 */
final class SanctionRequests {

  private static final Logger LOG = LoggerFactory.getLogger(SanctionRequests.class);
  /** Leaves room in the audit's 400 characters for the expiry. */
  private static final int MAX_REASON = 300;

  private final RoomModeration rooms;
  private final RoomPolicies policies;
  private final PolicyStore store;
  private final RoomRules rules;
  private final AuditTrail audit;
  private final Clock clock;

  SanctionRequests(RoomModeration rooms, RoomPolicies policies, PolicyStore store, RoomRules rules, AuditTrail audit,
      Clock clock) {
    this.rooms = rooms;
    this.policies = policies;
    this.store = store;
    this.rules = rules;
    this.audit = audit;
    this.clock = clock;
  }

  /** Handles {@code action} if it is about sanctions or an announcement; false if it is not. */
  boolean handle(MemberId from, String actor, String scope, RoomAction action) {
    if (action instanceof RoomAction.Sanction sanction) {
      sanction(from, actor, scope, sanction);
    } else if (action instanceof RoomAction.Lift lift) {
      lift(from, actor, scope, lift);
    } else if (action instanceof RoomAction.Announce announce) {
      if (rooms.may(from, "announce", Sanction.SERVER, rooms.standing(Sanction.SERVER, actor), Standing.MODERATOR)) {
        rules.announce(new RoomChange.Announced(actor, announce.text()));
        audit.record(actor, "announce", "", Sanction.SERVER, announce.text());
      }
    } else {
      return false;
    }
    return true;
  }

  /** Lists what holds in the room (for its operators) or server-wide (for moderators). */
  void list(MemberId from, String actor, String scope) {
    boolean server = scope.equals(Sanction.SERVER);
    if (!server && !rooms.exists(scope)) {
      rooms.reply(from, new ChatEvent.Refused(Refusal.NO_SUCH_ROOM, scope));
      return;
    }
    if (!rooms.may(from, server ? "gbans" : "bans", scope, rooms.standing(scope, actor),
        server ? Standing.MODERATOR : Standing.OPERATOR)) {
      return;
    }
    List<ChatEvent.SanctionLine> lines = policies.sanctionsIn(scope, clock.instant()).stream()
        .map(s -> new ChatEvent.SanctionLine(s.kind(), shown(s), s.setBy(), s.setAt(), s.expiresAt(), s.reason()))
        .toList();
    rooms.reply(from, new ChatEvent.Sanctions(server ? Sanction.SERVER : rooms.nameOf(scope), lines));
  }

  private void sanction(MemberId from, String actor, String scope, RoomAction.Sanction wanted) {
    if (!allowed(from, actor, scope, wanted.kind().wire())) {
      return;
    }
    if (!valid(wanted.target())) {
      rooms.reply(from, new ChatEvent.Refused(Refusal.NO_SUCH_ALIAS, wanted.target().toString()));
      return;
    }
    String target = RoomPolicies.key(wanted.target());
    if (wanted.target().type() == TargetType.ALIAS && !rooms.standing(scope, actor)
        .above(rooms.standing(scope, wanted.target().value()))) {
      rooms.reply(from, new ChatEvent.Outranked(wanted.target().value()));
      return;
    }
    Instant now = clock.instant();
    Instant until = wanted.duration() == null ? null : now.plus(wanted.duration());
    String reason = wanted.reason().length() > MAX_REASON ? wanted.reason().substring(0, MAX_REASON) : wanted.reason();
    Sanction sanction = new Sanction(UUID.randomUUID().toString(), wanted.kind(), scope, wanted.target().type(), target,
        reason, actor, now, until);
    store.add(sanction).onSuccess(v -> {
      LOG.info("[{}] {} sets a {} on {} in {}", from, actor, wanted.kind().wire(), wanted.target(), scope);
      rules.announce(new RoomChange.Sanctioned(sanction, wanted.target()));
      audit.record(actor, wanted.kind().wire(), wanted.target().toString(), scope,
          reason + (until == null ? "" : " (until " + until + ")"));
      confirm(from, scope, new ChatEvent.SanctionChanged(Sanction.SERVER, wanted.kind(), wanted.target(), true, actor,
          until, reason));
    }).onFailure(e -> unavailable(from, e));
  }

  private void lift(MemberId from, String actor, String scope, RoomAction.Lift wanted) {
    String command = "un" + wanted.kind().wire();
    if (!allowed(from, actor, scope, command)) {
      return;
    }
    String target = RoomPolicies.key(wanted.target());
    boolean holds = policies.sanctionsIn(scope, clock.instant()).stream().anyMatch(s -> s.kind() == wanted.kind()
        && s.targetType() == wanted.target().type() && s.target().equals(target));
    if (!holds) {
      rooms.reply(from, new ChatEvent.Refused(Refusal.NO_SUCH_SANCTION, wanted.target().toString()));
      return;
    }
    store.lift(wanted.kind(), scope, wanted.target().type(), target).onSuccess(v -> {
      rules.announce(new RoomChange.Lifted(wanted.kind(), scope, wanted.target(), actor));
      audit.record(actor, command, wanted.target().toString(), scope, "");
      confirm(from, scope, new ChatEvent.SanctionChanged(Sanction.SERVER, wanted.kind(), wanted.target(), false, actor,
          null, ""));
    }).onFailure(e -> unavailable(from, e));
  }

  /** Server-wide needs a moderator; in a room, an operator of it. */
  private boolean allowed(MemberId from, String actor, String scope, String command) {
    if (scope.equals(Sanction.SERVER)) {
      return rooms.may(from, "g" + command, scope, rooms.standing(scope, actor), Standing.MODERATOR);
    }
    if (!rooms.exists(scope)) {
      rooms.reply(from, new ChatEvent.Refused(Refusal.NO_SUCH_ROOM, scope));
      return false;
    }
    return rooms.may(from, command, scope, rooms.standing(scope, actor), Standing.OPERATOR);
  }

  /** A server-wide change is confirmed to its moderator; a room's is heard by the room, its operator included. */
  private void confirm(MemberId from, String scope, ChatEvent.SanctionChanged done) {
    if (scope.equals(Sanction.SERVER)) {
      rooms.reply(from, done);
    }
  }

  private void unavailable(MemberId from, Throwable e) {
    LOG.warn("[{}] a sanction could not be stored: {}", from, e.toString());
    rooms.reply(from, new ChatEvent.Refused(Refusal.STORE_UNAVAILABLE, ""));
  }

  /** An alias that could be held, or an address block: what a front end sends, checked again. */
  private static boolean valid(SanctionTarget target) {
    return target.type() == TargetType.ALIAS ? Names.aliasProblem(target.value()).isEmpty()
        : AddressBlock.parse(target.value()).isPresent();
  }

  private static SanctionTarget shown(Sanction s) {
    return new SanctionTarget(s.targetType(), s.target());
  }
}

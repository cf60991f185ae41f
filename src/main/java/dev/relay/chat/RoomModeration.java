package dev.relay.chat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.ChatEvent.Refusal;
import dev.relay.bus.MemberId;
import dev.relay.bus.Rank;
import dev.relay.bus.RoomAction;
import dev.relay.bus.RoomRank;
import dev.relay.store.Room;
import dev.relay.store.RoomRole;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A member's requests to run a room: register it, set its topic and modes, grant ranks, kick, invite; bans and mutes
 * go to {@link SanctionRequests}. Checks the member's standing against this node's copy of the rules, writes what
 * must outlive the cluster to the store first, then announces the change through {@link RoomRules}. Confined to the
 * hub's context.
 */
final class RoomModeration {

  private static final Logger LOG = LoggerFactory.getLogger(RoomModeration.class);
  static final int TOPIC_LENGTH = 400;

  private final RoomPolicies policies;
  private final Roster roster;
  private final Registrations registrations;
  private final PolicyStore store;
  private final RoomRules rules;
  private final AuditTrail audit;
  private final EdgeLink edges;
  private final Clock clock;

  RoomModeration(RoomPolicies policies, Roster roster, Registrations registrations, PolicyStore store,
      RoomRules rules, AuditTrail audit, EdgeLink edges, Clock clock) {
    this.policies = policies;
    this.roster = roster;
    this.registrations = registrations;
    this.store = store;
    this.rules = rules;
    this.audit = audit;
    this.edges = edges;
    this.clock = clock;
  }

  /** The member's standing in the room. */
  Standing standing(String roomKey, String alias) {
    return rules.standing(roomKey, Names.key(alias));
  }

  /** The room's name: as its members spell it, as registered, or its key. */
  String nameOf(String roomKey) {
    return rules.nameOf(roomKey, roomKey);
  }

  boolean exists(String roomKey) {
    return roster.nameOf(roomKey) != null || policies.registered(roomKey);
  }

  /** Whether the member stands at least {@code needed} in the room; if not, it hears what it needs. */
  boolean may(MemberId from, String command, String roomKey, Standing mine, Standing needed) {
    if (mine.atLeast(needed)) {
      return true;
    }
    reply(from, switch (needed) {
      case ADMIN -> new ChatEvent.NotAllowed(command, Rank.ADMIN);
      case MODERATOR -> new ChatEvent.NotAllowed(command, Rank.MODERATOR);
      case OWNER -> new ChatEvent.NeedsRoomRank(command, nameOf(roomKey), RoomRank.OWNER);
      case OPERATOR -> new ChatEvent.NeedsRoomRank(command, nameOf(roomKey), RoomRank.OPERATOR);
      default -> new ChatEvent.NeedsRoomRank(command, nameOf(roomKey), RoomRank.VOICE);
    });
    return false;
  }

  void handle(MemberId from, String actor, String roomKey, RoomAction action) {
    if (!exists(roomKey)) {
      reply(from, new ChatEvent.Refused(Refusal.NO_SUCH_ROOM, roomKey));
      return;
    }
    Standing mine = standing(roomKey, actor);
    if (action instanceof RoomAction.Register) {
      register(from, actor, roomKey, mine);
    } else if (action instanceof RoomAction.SetTopic topic) {
      topic(from, actor, roomKey, mine, topic.topic());
    } else if (action instanceof RoomAction.Grant grant) {
      grant(from, actor, roomKey, mine, grant);
    } else if (action instanceof RoomAction.Kick kick) {
      kick(from, actor, roomKey, mine, kick);
    } else if (action instanceof RoomAction.Invite invite) {
      invite(from, actor, roomKey, mine, invite.alias());
    }
  }

  /** Answers a request for the room's topic. */
  void topicOf(MemberId from, String roomKey) {
    if (!exists(roomKey)) {
      reply(from, new ChatEvent.Refused(Refusal.NO_SUCH_ROOM, roomKey));
      return;
    }
    reply(from, topic(roomKey));
  }

  /** The room's topic as a member entering it or asking hears it. */
  ChatEvent.Topic topic(String roomKey) {
    Optional<Room> room = policies.room(roomKey);
    if (room.isEmpty() || room.get().topic().isEmpty()) {
      return new ChatEvent.Topic(nameOf(roomKey), "", null, null);
    }
    return new ChatEvent.Topic(nameOf(roomKey), room.get().topic(), room.get().topicBy(), room.get().topicAt());
  }

  /** The room's settings, even for one nobody opened (the defaults). */
  Room settings(String roomKey) {
    return policies.room(roomKey)
        .orElseGet(() -> Room.registered(roomKey, nameOf(roomKey), "", clock.instant()));
  }

  private void register(MemberId from, String actor, String roomKey, Standing mine) {
    String actorKey = Names.key(actor);
    if (roomKey.equals(Names.LOBBY_KEY)) {
      reply(from, new ChatEvent.Refused(Refusal.LOBBY, nameOf(roomKey)));
    } else if (!registrations.registered(actorKey)) {
      reply(from, new ChatEvent.Refused(Refusal.ACCOUNT_NEEDED, actor));
    } else if (policies.registered(roomKey)) {
      reply(from, new ChatEvent.Refused(Refusal.ROOM_REGISTERED, nameOf(roomKey)));
    } else if (may(from, "room register", roomKey, mine, Standing.OPERATOR)) {
      Room room = settings(roomKey).withOwner(actorKey);
      Room registered = new Room(room.key(), room.name(), actorKey, room.topic(), room.topicBy(), room.topicAt(),
          room.modes(), clock.instant());
      stored(from, store.register(registered).map(done -> {
        if (!done) {
          reply(from, new ChatEvent.Refused(Refusal.ROOM_REGISTERED, nameOf(roomKey)));
          return null;
        }
        rules.announce(new RoomChange.Registered(registered, actor));
        audit.record(actor, "register", registered.name(), roomKey, "");
        LOG.info("[{}] {} registered room {}", from, actor, registered.name());
        return null;
      }));
    }
  }

  private void topic(MemberId from, String actor, String roomKey, Standing mine, String text) {
    Room room = settings(roomKey);
    if (!roster.isIn(from, roomKey) && !mine.atLeast(Standing.MODERATOR)) {
      reply(from, new ChatEvent.Refused(Refusal.NOT_IN_ROOM, nameOf(roomKey)));
      return;
    }
    if (room.modes().topicLock() && !may(from, "topic", roomKey, mine, Standing.OPERATOR)) {
      return;
    }
    String topic = text.length() > TOPIC_LENGTH ? text.substring(0, TOPIC_LENGTH) : text;
    Room changed = room.withTopic(topic, actor, clock.instant());
    persist(from, changed, () -> rules.announce(new RoomChange.TopicSet(changed)));
  }

  private void grant(MemberId from, String actor, String roomKey, Standing mine, RoomAction.Grant grant) {
    String command = (grant.on() ? "" : "de") + (grant.rank() == RoomRank.OPERATOR ? "op" : "voice");
    Standing needed = grant.rank() == RoomRank.OPERATOR ? Standing.OWNER : Standing.OPERATOR;
    if (!may(from, command, roomKey, mine, needed)) {
      return;
    }
    MemberId target = present(from, roomKey, grant.alias());
    if (target == null) {
      return;
    }
    String alias = roster.aliasOf(target);
    String targetKey = Names.key(alias);
    if (!mine.above(standing(roomKey, alias)) && !(target.equals(from) && !grant.on())) {
      reply(from, new ChatEvent.Outranked(alias));
      return;
    }
    boolean stored = policies.registered(roomKey) && registrations.registered(targetKey);
    RoomChange change = new RoomChange.RankSet(roomKey, alias, grant.rank(), grant.on(), stored, actor);
    if (!stored) {
      rules.announce(change);
      return;
    }
    RoomRole role = new RoomRole(roomKey, targetKey, grant.rank(), actor, clock.instant());
    stored(from, (grant.on() ? store.grant(role) : store.revoke(roomKey, targetKey)).map(v -> {
      rules.announce(change);
      audit.record(actor, command, alias, roomKey, "");
      return null;
    }));
  }

  private void kick(MemberId from, String actor, String roomKey, Standing mine, RoomAction.Kick kick) {
    if (!may(from, "kick", roomKey, mine, Standing.OPERATOR)) {
      return;
    }
    MemberId target = present(from, roomKey, kick.alias());
    if (target == null) {
      return;
    }
    String alias = roster.aliasOf(target);
    if (!mine.above(standing(roomKey, alias))) {
      reply(from, new ChatEvent.Outranked(alias));
      return;
    }
    LOG.info("[{}] {} kicks {} from {}", from, actor, alias, roomKey);
    rules.announce(new RoomChange.Kicked(roomKey, alias, actor, kick.reason()));
    audit.record(actor, "kick", alias, roomKey, kick.reason());
  }

  private void invite(MemberId from, String actor, String roomKey, Standing mine, String wanted) {
    boolean inviteOnly = settings(roomKey).modes().inviteOnly();
    if (!roster.isIn(from, roomKey) && !mine.atLeast(Standing.MODERATOR)) {
      reply(from, new ChatEvent.Refused(Refusal.NOT_IN_ROOM, nameOf(roomKey)));
      return;
    }
    if (inviteOnly && !may(from, "invite", roomKey, mine, Standing.OPERATOR)) {
      return;
    }
    MemberId target = roster.find(wanted);
    if (target == null) {
      reply(from, new ChatEvent.Refused(Refusal.NO_SUCH_ALIAS, wanted));
    } else if (roster.isIn(target, roomKey)) {
      reply(from, new ChatEvent.Refused(Refusal.ALREADY_IN_ROOM, roster.aliasOf(target)));
    } else {
      String alias = roster.aliasOf(target);
      rules.announce(new RoomChange.Invited(roomKey, alias, actor));
      reply(from, new ChatEvent.InviteSent(nameOf(roomKey), alias));
    }
  }

  /** The member holding {@code alias} if it is in the room; if not, the actor hears why. */
  private MemberId present(MemberId from, String roomKey, String alias) {
    MemberId target = roster.find(alias);
    if (target == null) {
      reply(from, new ChatEvent.Refused(Refusal.NO_SUCH_ALIAS, alias));
      return null;
    }
    if (!roster.isIn(target, roomKey)) {
      reply(from, new ChatEvent.TargetNotInRoom(roster.aliasOf(target), nameOf(roomKey)));
      return null;
    }
    return target;
  }

  /** Writes a registered room's new settings first; an unregistered room's last only while it has members. */
  void persist(MemberId from, Room changed, Runnable announce) {
    if (!policies.registered(changed.key())) {
      announce.run();
      return;
    }
    stored(from, store.update(changed).map(v -> {
      announce.run();
      return null;
    }));
  }

  /** A store write that failed changed nothing: the member hears so. */
  private void stored(MemberId from, io.vertx.core.Future<?> write) {
    write.onFailure(e -> {
      LOG.warn("[{}] a room change could not be stored: {}", from, e.toString());
      reply(from, new ChatEvent.Refused(Refusal.STORE_UNAVAILABLE, ""));
    });
  }

  void reply(MemberId to, ChatEvent event) {
    edges.tell(to, event);
  }
}

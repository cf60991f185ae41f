package dev.relay.chat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.ChatEvent.Refusal;
import dev.relay.bus.MemberId;
import dev.relay.bus.RoomModes;
import dev.relay.bus.SanctionKind;
import dev.relay.store.Room;
import dev.relay.store.Sanction;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

/**
 * Who may enter a room and who may speak in one, by this node's copy of the rules: bans (the member's alias or
 * address, in the room or server-wide), invitations, the key, the member limit; mutes and moderated rooms. Operators
 * and server staff pass every door of their rooms. Asked on the member's own node, which alone knows its address.
 * Confined to the hub's context.
 */
final class RoomDoor {

  private final RoomPolicies policies;
  private final RoomModeration rooms;
  private final RoomRules rules;
  private final Roster roster;
  private final LocalMembers locals;
  private final Clock clock;

  RoomDoor(RoomPolicies policies, RoomModeration rooms, RoomRules rules, Roster roster, LocalMembers locals,
      Clock clock) {
    this.rules = rules;
    this.policies = policies;
    this.rooms = rooms;
    this.roster = roster;
    this.locals = locals;
    this.clock = clock;
  }

  /** Why the member may not connect as {@code alias} from {@code address}: a server-wide ban, if one holds. */
  Optional<ChatEvent> refuseAtTheGate(String alias, String address) {
    return policies.sanction(SanctionKind.BAN, Sanction.SERVER, Names.key(alias), address, clock.instant())
        .filter(s -> !rules.exempt(s, Names.key(alias)))
        .map(s -> new ChatEvent.Banned(Sanction.SERVER, s.setBy(), s.reason(), s.expiresAt()));
  }

  /** Why the member may not enter the room, giving {@code key}; empty when it may. */
  Optional<ChatEvent> refuseEntry(MemberId member, String alias, String roomKey, String roomName, String key) {
    Instant now = clock.instant();
    Optional<Sanction> ban = policies.sanction(SanctionKind.BAN, roomKey, Names.key(alias), locals.addressOf(member),
        now).filter(s -> !rules.exempt(s, Names.key(alias)));
    if (ban.isPresent()) {
      Sanction s = ban.get();
      return Optional.of(new ChatEvent.Banned(roomName, s.setBy(), s.reason(), s.expiresAt()));
    }
    if (rooms.standing(roomKey, alias).atLeast(Standing.OPERATOR)) {
      return Optional.empty();
    }
    RoomModes modes = policies.room(roomKey).map(Room::modes).orElse(RoomModes.DEFAULT);
    if (modes.inviteOnly() && !policies.invited(roomKey, Names.key(alias))) {
      return refusal(Refusal.INVITE_ONLY, roomName);
    }
    if (modes.joinKey() != null && !modes.joinKey().equals(key)) {
      return refusal(Refusal.BAD_KEY, roomName);
    }
    if (modes.memberLimit() != null && roster.countIn(roomKey) >= modes.memberLimit()) {
      return refusal(Refusal.ROOM_FULL, roomName);
    }
    return Optional.empty();
  }

  /**
   * Why the member may not speak to the room it names; empty when it may. A member speaks only to rooms it is in,
   * unless the room takes messages from outside.
   */
  Optional<ChatEvent> refuseSpeech(MemberId member, String alias, String roomKey) {
    String name = roster.nameOf(roomKey);
    if (name == null) {
      return refusal(Refusal.NO_SUCH_ROOM, roomKey);
    }
    RoomModes modes = policies.room(roomKey).map(Room::modes).orElse(RoomModes.DEFAULT);
    if (!roster.isIn(member, roomKey) && modes.noExternal()) {
      return refusal(Refusal.CANNOT_SEND_TO_ROOM, name);
    }
    Instant now = clock.instant();
    String aliasKey = Names.key(alias);
    String address = locals.addressOf(member);
    Optional<Sanction> mute = policies.sanction(SanctionKind.MUTE, Sanction.SERVER, aliasKey, address, now)
        .or(() -> policies.sanction(SanctionKind.MUTE, roomKey, aliasKey, address, now))
        .or(() -> policies.sanction(SanctionKind.BAN, roomKey, aliasKey, address, now))
        .filter(s -> !rules.exempt(s, aliasKey));
    if (mute.isPresent()) {
      return Optional.of(new ChatEvent.Muted(mute.get().serverWide() ? Sanction.SERVER : name,
          mute.get().expiresAt()));
    }
    if (modes.moderated() && !rooms.standing(roomKey, alias).atLeast(Standing.VOICE)) {
      return refusal(Refusal.MODERATED, name);
    }
    return Optional.empty();
  }

  private static Optional<ChatEvent> refusal(Refusal refusal, String subject) {
    return Optional.of(new ChatEvent.Refused(refusal, subject));
  }
}

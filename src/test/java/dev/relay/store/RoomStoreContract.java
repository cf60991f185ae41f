package dev.relay.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.relay.accounts.ServerRole;
import dev.relay.bus.RoomMode;
import dev.relay.bus.RoomModes;
import dev.relay.bus.RoomRank;
import java.time.Clock;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every back end of {@link SqlRoomStore} must do; one subclass per back end. */
abstract class RoomStoreContract extends StoreContract {

  private static final Instant NOW = Instant.parse("2025-06-01T12:00:00.123456Z");
  private static final Instant LATER = Instant.parse("2025-06-02T08:30:00.654321Z");

  private AccountStore accounts;
  private RoomStore rooms;

  @BeforeEach
  void openStores() throws Exception {
    accounts = new SqlAccountStore(database.pool(), Clock.systemUTC());
    rooms = new SqlRoomStore(database.pool());
    for (String key : new String[] {"alice", "bob", "carol"}) {
      await(accounts.create(new Account(key, key, "h", ServerRole.NONE, NOW)));
    }
  }

  @Test
  void aRoomReadsBackAsItWasRegistered() throws Exception {
    Room lounge = Room.registered("lounge", "Lounge", "alice", NOW);
    assertThat(await(rooms.register(lounge))).isTrue();
    assertThat(await(rooms.find("lounge"))).contains(lounge);
    assertThat(await(rooms.find("attic"))).isEmpty();
  }

  @Test
  void everySettingReadsBackIncludingNulls() throws Exception {
    Room full = new Room("lounge", "Lounge", "alice", "Welcome", "bob", LATER,
        new RoomModes(true, true, true, false, false, "s3cret", 25), NOW);
    await(rooms.register(full));
    assertThat(await(rooms.find("lounge"))).contains(full);
  }

  @Test
  void aTakenKeyIsRefusedAndTheFirstRoomKept() throws Exception {
    Room first = Room.registered("lounge", "Lounge", "alice", NOW);
    await(rooms.register(first));
    assertThat(await(rooms.register(Room.registered("lounge", "LOUNGE", "bob", LATER)))).isFalse();
    assertThat(await(rooms.find("lounge"))).contains(first);
  }

  @Test
  void aRoomNeedsAnOwnerWithAnAccount() {
    assertThatThrownBy(() -> await(rooms.register(Room.registered("lounge", "Lounge", "nobody", NOW))))
        .hasMessageContaining("owner_key");
  }

  @Test
  void allListsEveryRoomByKey() throws Exception {
    Room cellar = Room.registered("cellar", "Cellar", "bob", NOW);
    Room attic = Room.registered("attic", "Attic", "alice", NOW).withModes(RoomModes.DEFAULT.with(RoomMode.MODERATED, true));
    await(rooms.register(cellar));
    await(rooms.register(attic));
    assertThat(await(rooms.all())).containsExactly(attic, cellar);
  }

  @Test
  void anUpdateWritesEverySettingButTheCreationTime() throws Exception {
    Room lounge = new Room("lounge", "Lounge", "alice", "old", "alice", NOW, RoomModes.DEFAULT.withKey("k").withLimit(10),
        NOW);
    await(rooms.register(lounge));
    RoomModes everything = new RoomModes(true, true, true, false, false, null, null);
    Room changed = lounge.withTopic("new", "bob", LATER).withOwner("carol").withModes(everything);
    Room renamed = new Room(changed.key(), "LOUNGE", changed.ownerKey(), changed.topic(), changed.topicBy(),
        changed.topicAt(), changed.modes(), LATER);
    assertThat(await(rooms.update(renamed))).isTrue();
    assertThat(await(rooms.find("lounge"))).contains(new Room("lounge", "LOUNGE", "carol", "new", "bob", LATER,
        everything, NOW));
  }

  @Test
  void updatingOrUnregisteringAMissingRoomSaysSo() throws Exception {
    assertThat(await(rooms.update(Room.registered("attic", "Attic", "alice", NOW)))).isFalse();
    assertThat(await(rooms.unregister("attic"))).isFalse();
    assertThat(await(rooms.find("attic"))).isEmpty();
  }

  @Test
  void unregisteringTakesTheRoomsRolesAlong() throws Exception {
    await(rooms.register(Room.registered("lounge", "Lounge", "alice", NOW)));
    await(rooms.register(Room.registered("attic", "Attic", "alice", NOW)));
    await(rooms.setRole(new RoomRole("lounge", "bob", RoomRank.OPERATOR, "alice", NOW)));
    await(rooms.setRole(new RoomRole("attic", "bob", RoomRank.VOICE, "alice", NOW)));
    assertThat(await(rooms.unregister("lounge"))).isTrue();
    assertThat(await(rooms.find("lounge"))).isEmpty();
    assertThat(await(rooms.roles())).containsExactly(new RoomRole("attic", "bob", RoomRank.VOICE, "alice", NOW));
  }

  @Test
  void aRoleIsGrantedThenReplaced() throws Exception {
    await(rooms.register(Room.registered("lounge", "Lounge", "alice", NOW)));
    await(rooms.setRole(new RoomRole("lounge", "bob", RoomRank.VOICE, "alice", NOW)));
    assertThat(await(rooms.roles())).containsExactly(new RoomRole("lounge", "bob", RoomRank.VOICE, "alice", NOW));
    RoomRole promoted = new RoomRole("lounge", "bob", RoomRank.OPERATOR, "carol", LATER);
    await(rooms.setRole(promoted));
    assertThat(await(rooms.roles())).containsExactly(promoted);
  }

  @Test
  void rolesListByRoomThenAccount() throws Exception {
    await(rooms.register(Room.registered("lounge", "Lounge", "alice", NOW)));
    await(rooms.register(Room.registered("attic", "Attic", "bob", NOW)));
    RoomRole loungeCarol = new RoomRole("lounge", "carol", RoomRank.VOICE, "alice", NOW);
    RoomRole loungeBob = new RoomRole("lounge", "bob", RoomRank.OPERATOR, "alice", NOW);
    RoomRole atticAlice = new RoomRole("attic", "alice", RoomRank.OPERATOR, "bob", LATER);
    await(rooms.setRole(loungeCarol));
    await(rooms.setRole(loungeBob));
    await(rooms.setRole(atticAlice));
    assertThat(await(rooms.roles())).containsExactly(atticAlice, loungeBob, loungeCarol);
  }

  @Test
  void aRoleNeedsARegisteredRoomAndAnAccount() throws Exception {
    await(rooms.register(Room.registered("lounge", "Lounge", "alice", NOW)));
    assertThatThrownBy(() -> await(rooms.setRole(new RoomRole("attic", "bob", RoomRank.VOICE, "alice", NOW))))
        .hasMessageContaining("room_key");
    assertThatThrownBy(() -> await(rooms.setRole(new RoomRole("lounge", "nobody", RoomRank.VOICE, "alice", NOW))))
        .hasMessageContaining("account_key");
    assertThat(await(rooms.roles())).isEmpty();
  }

  @Test
  void removingARoleSaysWhetherThereWasOne() throws Exception {
    await(rooms.register(Room.registered("lounge", "Lounge", "alice", NOW)));
    await(rooms.setRole(new RoomRole("lounge", "bob", RoomRank.VOICE, "alice", NOW)));
    assertThat(await(rooms.removeRole("lounge", "bob"))).isTrue();
    assertThat(await(rooms.removeRole("lounge", "bob"))).isFalse();
    assertThat(await(rooms.removeRole("attic", "carol"))).isFalse();
    assertThat(await(rooms.roles())).isEmpty();
  }

  /** Alice owns the lounge and is voiced in Bob's attic; deleting her leaves only Bob's and Carol's own. */
  @Test
  void deletingAnAccountTakesItsRoomsAndRolesAlong() throws Exception {
    await(rooms.register(Room.registered("lounge", "Lounge", "alice", NOW)));
    await(rooms.register(Room.registered("attic", "Attic", "bob", NOW)));
    await(rooms.setRole(new RoomRole("lounge", "carol", RoomRank.OPERATOR, "alice", NOW)));
    await(rooms.setRole(new RoomRole("attic", "alice", RoomRank.VOICE, "bob", NOW)));
    RoomRole carolInAttic = new RoomRole("attic", "carol", RoomRank.OPERATOR, "bob", NOW);
    await(rooms.setRole(carolInAttic));
    assertThat(await(accounts.delete("alice"))).isTrue();
    assertThat(await(rooms.all())).extracting(Room::key).containsExactly("attic");
    assertThat(await(rooms.roles())).containsExactly(carolInAttic);
  }
}

package dev.relay.chat;

import dev.relay.store.Room;
import dev.relay.store.RoomRole;
import dev.relay.store.Sanction;
import java.util.List;

/** What the store holds of the rooms' rules: registered rooms, the ranks accounts hold in them, sanctions holding. */
public record StoredPolicies(List<Room> rooms, List<RoomRole> ranks, List<Sanction> sanctions) {

  public StoredPolicies {
    rooms = List.copyOf(rooms);
    ranks = List.copyOf(ranks);
    sanctions = List.copyOf(sanctions);
  }
}

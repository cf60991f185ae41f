package dev.relay.chat;

import dev.relay.bus.MemberId;
import dev.relay.protocol.RoomCount;
import io.vertx.core.Future;
import java.util.List;

/**
 * The chat-wide names: which member holds which alias and who is in which room. Alone this lives in
 * memory ({@link LocalDirectory}); in a cluster it is shared by every node, which is why every call is
 * asynchronous. Aliases and rooms are compared by {@link dev.relay.protocol.Names#key}.
 *
 * <p>Callers run on one hub's context and must not assume a returned future is already complete.
 */
public interface Directory {

  /** Claims {@code alias} for {@code member}: true if it was free or already theirs, false if held by another. */
  Future<Boolean> claimAlias(String alias, MemberId member);

  /** Frees {@code alias} if {@code member} holds it; otherwise does nothing. */
  Future<Void> releaseAlias(String alias, MemberId member);

  /** Who holds {@code alias}, or null when nobody does. */
  Future<MemberId> ownerOf(String alias);

  /** Adds {@code member} to {@code room}, creating it; completes with the room's name as first spelled. */
  Future<String> enter(String room, MemberId member);

  /** Removes {@code member} from {@code room}; an emptied room other than the lobby disappears. */
  Future<Void> leave(String room, MemberId member);

  /** The aliases of the room's members, in the order they entered. */
  Future<List<String>> aliasesIn(String room);

  /** Every room with its member count, the lobby first. */
  Future<List<RoomCount>> rooms();
}

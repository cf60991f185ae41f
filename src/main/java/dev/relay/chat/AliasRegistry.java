package dev.relay.chat;

import dev.relay.bus.MemberId;
import io.vertx.core.Future;

/**
 * Who holds which alias, chat-wide: the one piece of state that needs agreement rather than a replica,
 * because two people on two nodes may claim the same alias at the same moment and exactly one must win.
 * Aliases are compared by {@link dev.relay.protocol.Names#key}. Results complete on the caller's context,
 * so a hub confined to its own can act on them directly.
 */
public interface AliasRegistry {

  /** Claims {@code alias} for {@code member}: true if it was free or already theirs. */
  Future<Boolean> claim(String alias, MemberId member);

  /** Who holds {@code alias}, or null when nobody does. */
  Future<MemberId> ownerOf(String alias);

  /** Frees {@code alias} if {@code member} holds it. */
  Future<Void> release(String alias, MemberId member);

  /** Frees every alias held by a member of {@code node}, after that node is gone. */
  Future<Void> releaseNode(String node);
}

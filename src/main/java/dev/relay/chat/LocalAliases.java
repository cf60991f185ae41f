package dev.relay.chat;

import dev.relay.bus.MemberId;
import io.vertx.core.Future;
import java.util.HashMap;
import java.util.Map;

/** The aliases of a server running alone: a map confined to the hub's context. */
public final class LocalAliases implements AliasRegistry {

  private final Map<String, MemberId> owners = new HashMap<>();

  @Override
  public Future<Boolean> claim(String alias, MemberId member) {
    MemberId owner = owners.putIfAbsent(Names.key(alias), member);
    return Future.succeededFuture(owner == null || owner.equals(member));
  }

  @Override
  public Future<MemberId> ownerOf(String alias) {
    return Future.succeededFuture(owners.get(Names.key(alias)));
  }

  @Override
  public Future<Void> release(String alias, MemberId member) {
    owners.remove(Names.key(alias), member);
    return Future.succeededFuture();
  }

  @Override
  public Future<Void> releaseNode(String node) {
    owners.values().removeIf(owner -> owner.node().equals(node));
    return Future.succeededFuture();
  }
}

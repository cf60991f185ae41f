package dev.relay.cluster;

import dev.relay.bus.MemberId;
import dev.relay.chat.AliasRegistry;
import dev.relay.chat.Names;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.shareddata.AsyncMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Aliases in a Hazelcast map shared by every node: {@code putIfAbsent} on the key's partition owner makes
 * exactly one of two simultaneous claims win. Values are {@link MemberId#wire()} strings.
 *
 * <p>An alias still held by a member of a node that has left the cluster is free: a claim takes it over
 * with a compare-and-set, so a user whose instance died can have the alias back at once, before (or
 * without) the sweep that {@link #releaseNode} does.
 */
public final class ClusterAliases implements AliasRegistry {

  static final String MAP_NAME = "relay.aliases";
  private static final int CLAIM_ATTEMPTS = 3;

  private final Future<AsyncMap<String, String>> map;
  private final Supplier<List<String>> liveNodes;
  private final Vertx vertx;

  public ClusterAliases(Vertx vertx, Supplier<List<String>> liveNodes) {
    this.vertx = vertx;
    this.map = vertx.sharedData().getClusterWideMap(MAP_NAME);
    this.liveNodes = liveNodes;
  }

  @Override
  public Future<Boolean> claim(String alias, MemberId member) {
    return onCaller(map.compose(m -> claim(m, Names.key(alias), member.wire(), CLAIM_ATTEMPTS)));
  }

  /** A takeover loses a race when the sweep frees the alias first; then the alias is free, so try again. */
  private Future<Boolean> claim(AsyncMap<String, String> m, String key, String claimant, int attempts) {
    return m.putIfAbsent(key, claimant).compose(holder -> {
      if (holder == null || holder.equals(claimant)) {
        return Future.succeededFuture(true);
      }
      if (attempts == 1 || liveNodes.get().contains(MemberId.parse(holder).node())) {
        return Future.succeededFuture(false);
      }
      return m.replaceIfPresent(key, holder, claimant)
          .compose(replaced -> replaced ? Future.succeededFuture(true) : claim(m, key, claimant, attempts - 1));
    });
  }

  @Override
  public Future<MemberId> ownerOf(String alias) {
    return onCaller(map.compose(m -> m.get(Names.key(alias)))
        .map(owner -> owner == null ? null : MemberId.parse(owner)));
  }

  @Override
  public Future<Void> release(String alias, MemberId member) {
    return onCaller(map.compose(m -> m.removeIfPresent(Names.key(alias), member.wire())).mapEmpty());
  }

  @Override
  public Future<Void> releaseNode(String node) {
    return onCaller(map.compose(m -> m.entries().compose(entries -> {
      List<Future<Boolean>> removals = new ArrayList<>();
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        if (MemberId.parse(entry.getValue()).node().equals(node)) {
          removals.add(m.removeIfPresent(entry.getKey(), entry.getValue()));
        }
      }
      return Future.join(removals).mapEmpty();
    })));
  }

  /**
   * The map's futures complete on the context that first opened the map, not the caller's; the hub that
   * calls is confined to its own context, so the outcome is handed back there.
   */
  private <T> Future<T> onCaller(Future<T> result) {
    Context caller = vertx.getOrCreateContext();
    Promise<T> promise = Promise.promise();
    result.onComplete(outcome -> caller.runOnContext(v -> promise.handle(outcome)));
    return promise.future();
  }
}

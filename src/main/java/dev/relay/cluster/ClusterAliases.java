package dev.relay.cluster;

import dev.relay.bus.MemberId;
import dev.relay.chat.AliasRegistry;
import dev.relay.protocol.Names;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.shareddata.AsyncMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Aliases in a Hazelcast map shared by every node: {@code putIfAbsent} on the key's partition owner makes
 * exactly one of two simultaneous claims win. Values are {@link MemberId#wire()} strings.
 */
public final class ClusterAliases implements AliasRegistry {

  static final String MAP_NAME = "relay.aliases";

  private final Future<AsyncMap<String, String>> map;

  public ClusterAliases(Vertx vertx) {
    this.map = vertx.sharedData().getClusterWideMap(MAP_NAME);
  }

  @Override
  public Future<Boolean> claim(String alias, MemberId member) {
    String owner = member.wire();
    return map.compose(m -> m.putIfAbsent(Names.key(alias), owner))
        .map(previous -> previous == null || previous.equals(owner));
  }

  @Override
  public Future<Void> release(String alias, MemberId member) {
    return map.compose(m -> m.removeIfPresent(Names.key(alias), member.wire())).mapEmpty();
  }

  @Override
  public Future<Void> releaseNode(String node) {
    return map.compose(m -> m.entries().compose(entries -> {
      List<Future<Boolean>> removals = new ArrayList<>();
      for (Map.Entry<String, String> entry : entries.entrySet()) {
        if (MemberId.parse(entry.getValue()).node().equals(node)) {
          removals.add(m.removeIfPresent(entry.getKey(), entry.getValue()));
        }
      }
      return Future.join(removals).mapEmpty();
    }));
  }
}

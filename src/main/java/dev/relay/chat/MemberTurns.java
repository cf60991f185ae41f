package dev.relay.chat;

import dev.relay.bus.HubRequest;
import dev.relay.bus.MemberId;
import io.vertx.core.Future;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps each member's requests in the order sent while one of them waits for the store (a join reads the room's last
 * lines first): the member's later requests wait behind it, so that {@code JOIN #a} then {@code PRIVMSG #a} still
 * speaks in the room. At most {@value #MAX_WAITING} wait per member. Confined to the hub's context.
 */
final class MemberTurns {

  private static final Logger LOG = LoggerFactory.getLogger(MemberTurns.class);
  static final int MAX_WAITING = 10_000;

  private final Map<MemberId, ArrayDeque<HubRequest>> waiting = new HashMap<>();
  private final Consumer<HubRequest> handle;

  /** @param handle handles a request whose turn came */
  MemberTurns(Consumer<HubRequest> handle) {
    this.handle = handle;
  }

  /** Whether {@code request} must wait for an earlier one of its member; if so it is kept for its turn. */
  boolean holds(HubRequest request) {
    ArrayDeque<HubRequest> queue = waiting.get(request.from());
    if (queue == null) {
      return false;
    }
    if (queue.size() < MAX_WAITING) {
      queue.add(request);
    } else {
      LOG.warn("[{}] {} requests wait for the store already; dropped: {}", request.from(), MAX_WAITING,
          request.getClass().getSimpleName());
    }
    return true;
  }

  /** The member's next requests wait until {@code pending} completes (after its own callbacks). */
  void waitFor(MemberId member, Future<?> pending) {
    if (pending.isComplete()) {
      return;
    }
    waiting.putIfAbsent(member, new ArrayDeque<>());
    pending.onComplete(done -> release(member));
  }

  private void release(MemberId member) {
    ArrayDeque<HubRequest> queue = waiting.remove(member);
    while (queue != null && !queue.isEmpty()) {
      handle.accept(queue.poll());
      ArrayDeque<HubRequest> again = waiting.get(member);
      if (again != null) {
        again.addAll(queue);
        return;
      }
    }
  }
}

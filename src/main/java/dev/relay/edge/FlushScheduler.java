package dev.relay.edge;

import io.vertx.core.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers a listener's connections that got output during this event-loop turn and flushes them in one
 * task queued behind the current ones, so that a burst of room messages costs each member one socket
 * write instead of one per message. Confined to the listener's event loop.
 */
final class FlushScheduler {

  private final Context context;
  private List<OutboundQueue> dirty = new ArrayList<>();
  private List<OutboundQueue> spare = new ArrayList<>();

  FlushScheduler(Context context) {
    this.context = context;
  }

  /** Called once per turn by a queue that went from empty to non-empty. */
  void schedule(OutboundQueue queue) {
    if (dirty.isEmpty()) {
      context.runOnContext(v -> flushAll());
    }
    dirty.add(queue);
  }

  private void flushAll() {
    List<OutboundQueue> flushing = dirty;
    dirty = spare;
    for (OutboundQueue queue : flushing) {
      queue.flush();
    }
    flushing.clear();
    spare = flushing;
  }
}

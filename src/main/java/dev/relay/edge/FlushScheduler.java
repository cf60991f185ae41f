package dev.relay.edge;

import dev.relay.ops.RelayMetrics;
import io.vertx.core.Context;
import java.util.ArrayList;
import java.util.List;

/**
 * Gathers a listener's connections that got output during this event-loop turn and flushes them in one
 * task queued behind the current ones, so that a burst of room messages costs each member one socket
 * write instead of one per message. Counts the bytes once per flush rather than once per socket. Confined
 * to the listener's event loop.
 */
final class FlushScheduler {

  private final Context context;
  private final RelayMetrics metrics;
  private List<OutboundQueue> dirty = new ArrayList<>();
  private List<OutboundQueue> spare = new ArrayList<>();

  FlushScheduler(Context context, RelayMetrics metrics) {
    this.context = context;
    this.metrics = metrics;
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
    long bytes = 0;
    for (OutboundQueue queue : flushing) {
      bytes += queue.flush();
    }
    metrics.bytesOut(bytes);
    flushing.clear();
    spare = flushing;
  }
}

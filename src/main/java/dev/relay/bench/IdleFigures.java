package dev.relay.bench;

import java.util.OptionalLong;

/**
 * What an idle run found.
 *
 * @param plan           what it was asked to do
 * @param connected      connections that completed the handshake (and joined their room)
 * @param connectSeconds time to open them all
 * @param counts         the loops' counters: disconnects and server errors while holding
 * @param rssBefore      the server's resident memory before connecting, KiB, when a pid was given (or the
 *                       baseline given with it)
 * @param rssAfter       the same at the end of the hold, with every connection still open
 * @param heap           the server's live heap before and after, when asked for
 * @param failure        why the run stopped early, or null
 * @param timedOut       whether the hard time limit stopped it
 */
record IdleFigures(IdlePlan plan, int connected, double connectSeconds, Counts counts, OptionalLong rssBefore,
    OptionalLong rssAfter, Readings heap, String failure, boolean timedOut) {

  /** Two readings of one quantity, bytes; either may be missing. */
  record Readings(OptionalLong before, OptionalLong after) {

    OptionalLong perConnection(int connections) {
      if (before.isEmpty() || after.isEmpty() || connections == 0) {
        return OptionalLong.empty();
      }
      return OptionalLong.of((after.getAsLong() - before.getAsLong()) / connections);
    }
  }

  /**
   * The server's growth in resident memory per open connection, bytes, counting those opened since the
   * baseline by others too; empty without both readings.
   */
  OptionalLong rssPerConnectionBytes() {
    return new Readings(bytes(rssBefore), bytes(rssAfter)).perConnection(connected + plan.baseline().connections());
  }

  private static OptionalLong bytes(OptionalLong kibibytes) {
    return kibibytes.isPresent() ? OptionalLong.of(kibibytes.getAsLong() * 1024) : OptionalLong.empty();
  }

  /** The server's growth in live heap (after a full GC) per open connection, bytes. */
  OptionalLong heapPerConnectionBytes() {
    return heap.perConnection(connected);
  }

  int exitCode() {
    if (timedOut) {
      return BenchCommand.TIME_LIMIT;
    }
    return failure == null && counts.disconnects() == 0 ? BenchCommand.OK : BenchCommand.FAILED;
  }
}

package dev.relay.bench;

import java.io.PrintWriter;
import java.util.OptionalLong;
import java.util.concurrent.TimeoutException;

/**
 * One idle run: open the connections with paced handshakes, keep them open for the hold time, and read the
 * server's resident memory (and, when asked, its live heap) before the first and after the hold. Resident
 * memory is read first each time, since taking the live heap runs a full collection in the server. The
 * calling thread, never an event loop, waits for each phase within the hard time limit.
 */
final class IdleRun {

  private static final long LAST_WORDS_SECONDS = 5;
  private static final int MAX_LINE_BYTES = 16_384;

  private final IdlePlan plan;
  private final PrintWriter progress;
  /** The phases' times, touched only by the thread that calls {@link #execute}. */
  private String phase = "connecting";
  private double connectSeconds;

  IdleRun(IdlePlan plan, PrintWriter progress) {
    this.plan = plan;
    this.progress = progress;
  }

  /** Runs the plan once; call once, from a thread that is not an event loop. */
  IdleFigures execute() {
    OptionalLong before = plan.baseline().kibibytes() != null ? OptionalLong.of(plan.baseline().kibibytes()) : memory();
    OptionalLong heapBefore = liveHeap();
    try (Fleet fleet = new Fleet(plan.loops(), plan.fleet().sourceAddresses(), plan.fleet().handshakes(),
        MAX_LINE_BYTES)) {
      for (int i = 0; i < plan.clients(); i++) {
        fleet.add(plan.fleet().alias(i), plan.room(i), plan.target(), plan.fleet().dialect(), i % fleet.loops(), null);
      }
      try {
        drive(fleet, Deadline.after(plan.fleet().timeoutSeconds()));
        return figures(fleet, before, heapBefore, null, false);
      } catch (TimeoutException e) {
        String failure = "time limit of " + plan.fleet().timeoutSeconds() + " s reached while " + phase;
        return figures(fleet, before, heapBefore, failure, true);
      } catch (RuntimeException e) {
        return figures(fleet, before, heapBefore, e.getMessage(), false);
      }
    }
  }

  private void drive(Fleet fleet, Deadline deadline) throws TimeoutException {
    say("connecting %d clients to %s (%s dialect)", plan.clients(), plan.target(), plan.fleet().dialect().name());
    long started = System.nanoTime();
    deadline.await(fleet.openAll());
    connectSeconds = (System.nanoTime() - started) / 1e9;
    say("connected in %.2f s; holding for %s s", connectSeconds, plan.holdSeconds());
    phase = "holding";
    deadline.await(fleet.timer((long) (plan.holdSeconds() * 1000)));
  }

  /** The server's memory is read while every connection is still open. */
  private IdleFigures figures(Fleet fleet, OptionalLong before, OptionalLong heapBefore, String failure,
      boolean timedOut) {
    OptionalLong after = memory();
    IdleFigures.Readings heap = new IdleFigures.Readings(heapBefore, liveHeap());
    return new IdleFigures(plan, Deadline.awaitBriefly(fleet.opened(), LAST_WORDS_SECONDS, 0), connectSeconds,
        Deadline.awaitBriefly(fleet.counts(), LAST_WORDS_SECONDS, Counts.ZERO), before, after, heap, failure,
        timedOut);
  }

  private OptionalLong memory() {
    return plan.pid() == null ? OptionalLong.empty() : ResidentMemory.kibibytes(plan.pid());
  }

  private OptionalLong liveHeap() {
    if (!plan.liveHeap()) {
      return OptionalLong.empty();
    }
    say("reading the live heap of %d (jcmd GC.class_histogram, a full GC)", plan.pid());
    return LiveHeap.bytes(plan.pid());
  }

  private void say(String format, Object... args) {
    progress.printf("relay bench: " + format + "%n", args);
    progress.flush();
  }
}

package dev.relay.bench;

import io.vertx.core.Future;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.HdrHistogram.Histogram;

/**
 * One run of a load scenario (fanout, rooms, cluster): open every seat's connection with paced handshakes,
 * start the senders, warm up, measure, stop sending, wait (bounded) for the messages in flight, count. The
 * calling thread, never an event loop, drives the phases and waits for each within the hard time limit;
 * when the limit strikes it stops the senders and reports what it has.
 */
final class LoadRun {

  private static final long DRAIN_POLL_MILLIS = 20;
  private static final long LAST_WORDS_SECONDS = 5;

  private final LoadPlan plan;
  private final PrintWriter progress;
  private final List<List<Sender>> sendersByLoop = new ArrayList<>();
  /** The phases' times, touched only by the thread that calls {@link #execute}. */
  private String phase = "connecting";
  private double connectSeconds;
  private Measurement measurement;
  private CpuTimes cpu = CpuTimes.NONE;
  private long stoppedNanos;
  private double drainSeconds;

  LoadRun(LoadPlan plan, PrintWriter progress) {
    this.plan = plan;
    this.progress = progress;
  }

  /** Runs the plan once; call once, from a thread that is not an event loop. */
  LoadFigures execute() {
    Layout layout = plan.layout();
    try (Fleet fleet = new Fleet(layout.loops(), plan.fleet().sourceAddresses(), plan.fleet().handshakes(),
        maxLineBytes())) {
      seat(fleet);
      try {
        drive(fleet, Deadline.after(plan.fleet().timeoutSeconds()));
        return figures(fleet, null, false);
      } catch (TimeoutException e) {
        halt(fleet);
        return figures(fleet, "time limit of " + plan.fleet().timeoutSeconds() + " s reached while " + phase, true);
      } catch (RuntimeException e) {
        halt(fleet);
        return figures(fleet, e.getMessage(), false);
      }
    }
  }

  private void drive(Fleet fleet, Deadline deadline) throws TimeoutException {
    say("connecting %d clients to %s (%s dialect)", plan.layout().clients(), plan.targetList(), plan.dialect().name());
    long started = System.nanoTime();
    deadline.await(fleet.openAll());
    connectSeconds = (System.nanoTime() - started) / 1e9;
    phase = "measuring";
    measurement = deadline.await(startSending(fleet));
    say("connected in %.2f s; warming up %s s, then measuring %s s", connectSeconds, plan.load().warmupSeconds(),
        plan.load().durationSeconds());
    deadline.await(fleet.timer(millisUntil(measurement.startNanos())));
    CpuTimes atStart = CpuTimes.read(plan.load().serverPids());
    deadline.await(fleet.timer(millisUntil(measurement.endNanos())));
    cpu = CpuTimes.read(plan.load().serverPids()).since(atStart);
    stoppedNanos = System.nanoTime();
    deadline.await(stopSending(fleet));
    phase = "waiting for messages in flight";
    deadline.await(settle(fleet, stoppedNanos + (long) (plan.load().drainSeconds() * 1e9)));
    drainSeconds = (System.nanoTime() - stoppedNanos) / 1e9;
  }

  /** Stops the senders of a run cut short, so that the counts taken next stand still. */
  private void halt(Fleet fleet) {
    if (stoppedNanos == 0) {
      stoppedNanos = System.nanoTime();
    }
    Deadline.awaitBriefly(stopSending(fleet), LAST_WORDS_SECONDS, null);
  }

  private LoadFigures figures(Fleet fleet, String failure, boolean timedOut) {
    return new LoadFigures(plan, Deadline.awaitBriefly(fleet.opened(), LAST_WORDS_SECONDS, 0), connectSeconds,
        measurement, measuredSeconds(), drainSeconds,
        Deadline.awaitBriefly(fleet.counts(), LAST_WORDS_SECONDS, Counts.ZERO),
        Deadline.awaitBriefly(fleet.latency(), LAST_WORDS_SECONDS, new Histogram(3)), cpu, failure, timedOut);
  }

  /** Builds every seat's connection, member and sender, and ties each sender to whoever acknowledges it. */
  private void seat(Fleet fleet) {
    Dialect dialect = plan.dialect();
    List<Member> members = new ArrayList<>();
    List<Sender> senders = new ArrayList<>();
    for (int i = 0; i < fleet.loops(); i++) {
      sendersByLoop.add(new ArrayList<>());
    }
    for (Seat seat : plan.layout().seats()) {
      Loop loop = fleet.loop(seat.loop());
      Member member = new Member(seat.id(), new SequenceTracker(seat.firstSender(), seat.senders()), loop.tally());
      BenchClient client = fleet.add(plan.fleet().alias(seat.id()), seat.room(), plan.targets().get(seat.target()),
          dialect, seat.loop(), member);
      members.add(member);
      if (seat.sends()) {
        Sender sender = new Sender(seat.id(), client, loop, dialect, seat.room(), plan.load(), plan.ratePerSender(),
            seat.receivers());
        senders.add(sender);
        sendersByLoop.get(seat.loop()).add(sender);
      }
    }
    AckRoutes.tie(plan, fleet, members, senders);
  }

  /**
   * Fixes the measurement before any sender starts, and gives it to every loop's tally with the start, so
   * that senders and receivers judge each message by the same bounds.
   */
  private Future<Measurement> startSending(Fleet fleet) {
    long start = System.nanoTime() + (long) (plan.load().warmupSeconds() * 1e9);
    Measurement period = new Measurement(start, start + (long) (plan.load().durationSeconds() * 1e9));
    return fleet.onEveryLoop((loop, index) -> {
      loop.tally().measure(period);
      sendersByLoop.get(index).forEach(Sender::start);
    }).map(period);
  }

  private Future<Void> stopSending(Fleet fleet) {
    return fleet.onEveryLoop((loop, index) -> sendersByLoop.get(index).forEach(Sender::stop));
  }

  /** Waits until nothing is in flight and every delivery is made, or until {@code untilNanos}. */
  private Future<Counts> settle(Fleet fleet, long untilNanos) {
    return fleet.counts().compose(counts -> counts.settled() || System.nanoTime() >= untilNanos
        ? Future.succeededFuture(counts)
        : fleet.timer(DRAIN_POLL_MILLIS).compose(v -> settle(fleet, untilNanos)));
  }

  /** The measurement's length, or the part of it before sending stopped early. */
  private double measuredSeconds() {
    if (measurement == null) {
      return 0;
    }
    return Math.max(0, Math.min(measurement.endNanos(), stoppedNanos) - measurement.startNanos()) / 1e9;
  }

  private static long millisUntil(long nanos) {
    return (nanos - System.nanoTime()) / 1_000_000 + 1;
  }

  private int maxLineBytes() {
    return Math.max(16_384, 2 * plan.load().sizeBytes() + 1024);
  }

  private void say(String format, Object... args) {
    progress.printf("relay bench: " + format + "%n", args);
    progress.flush();
  }
}

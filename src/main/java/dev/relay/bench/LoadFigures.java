package dev.relay.bench;

import java.util.OptionalDouble;
import org.HdrHistogram.Histogram;

/**
 * What a load run found.
 *
 * @param plan            what it was asked to do
 * @param connected       connections that completed the handshake and joined
 * @param connectSeconds  time to open them all
 * @param measurement     the measured period, or null when the run never got that far
 * @param measuredSeconds how much of it ran: all of it, unless the run stopped early
 * @param drainSeconds    time waited after sending stopped for messages in flight
 * @param counts          every loop's counters, summed
 * @param latency         send-to-receipt latency of measured deliveries, microseconds
 * @param cpu             CPU time the servers ({@code --pid}) and the bench spent during the measurement
 * @param failure         why the run stopped early, or null
 * @param timedOut        whether the hard time limit stopped it
 */
record LoadFigures(LoadPlan plan, int connected, double connectSeconds, Measurement measurement,
    double measuredSeconds, double drainSeconds, Counts counts, Histogram latency, CpuTimes cpu, String failure,
    boolean timedOut) {

  double sentPerSecond() {
    return perSecond(counts.sentMeasured());
  }

  double deliveriesPerSecond() {
    return perSecond(counts.deliveredMeasured());
  }

  /** The servers' CPU seconds per million measured deliveries; empty without their CPU time or deliveries. */
  OptionalDouble serverCpuPerMillionDeliveries() {
    if (cpu.serverSeconds().isEmpty() || counts.deliveredMeasured() == 0) {
      return OptionalDouble.empty();
    }
    return OptionalDouble.of(cpu.serverSeconds().getAsDouble() / (counts.deliveredMeasured() / 1e6));
  }

  /** Every message reached every receiver exactly once and in order, and no connection was lost. */
  boolean intact() {
    return counts.lost() == 0 && counts.duplicated() == 0 && counts.reordered() == 0 && counts.unexpected() == 0
        && counts.disconnects() == 0;
  }

  int exitCode() {
    if (timedOut) {
      return BenchCommand.TIME_LIMIT;
    }
    return failure == null && intact() ? BenchCommand.OK : BenchCommand.FAILED;
  }

  private double perSecond(long count) {
    return measuredSeconds > 0 ? count / measuredSeconds : 0;
  }
}

package dev.relay.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;
import org.HdrHistogram.Histogram;

/** A load run's figures as a summary for people and as one JSON object; every key is named here. */
final class LoadReport {

  private LoadReport() {
  }

  static JsonObject json(LoadFigures f) {
    LoadPlan plan = f.plan();
    Counts c = f.counts();
    Histogram latency = f.latency();
    return new JsonObject()
        .put("scenario", plan.scenario())
        .put("dialect", plan.dialect().name())
        .put("targets", new JsonArray(plan.targets().stream().map(Target::toString).toList()))
        .put("clients", plan.layout().clients())
        .put("connected", f.connected())
        .put("senders", plan.layout().senders())
        .put("rooms", plan.layout().rooms())
        .put("threads", plan.layout().loops())
        .put("window", plan.load().window())
        .put("ack", plan.load().ack().label())
        .put("ratePerSender", plan.ratePerSender())
        .put("sizeBytes", plan.load().sizeBytes())
        .put("warmupSeconds", plan.load().warmupSeconds())
        .put("durationSeconds", Report.rounded(f.measuredSeconds(), 3))
        .put("connectSeconds", Report.rounded(f.connectSeconds(), 3))
        .put("drainSeconds", Report.rounded(f.drainSeconds(), 3))
        .put("sent", c.sentMeasured())
        .put("sentPerSecond", Report.rounded(f.sentPerSecond(), 1))
        .put("deliveries", c.deliveredMeasured())
        .put("deliveriesPerSecond", Report.rounded(f.deliveriesPerSecond(), 1))
        .put("latencyP50Micros", latency.getValueAtPercentile(50))
        .put("latencyP99Micros", latency.getValueAtPercentile(99))
        .put("latencyP999Micros", latency.getValueAtPercentile(99.9))
        .put("latencyMaxMicros", latency.getMaxValue())
        .put("latencyMeanMicros", Report.rounded(latency.getTotalCount() == 0 ? 0 : latency.getMean(), 1))
        .put("serverPids", new JsonArray(List.copyOf(plan.load().serverPids())))
        .put("serverCpuSeconds", orNull(f.cpu().serverSeconds(), 3))
        .put("serverCpuPerMillionDeliveries", orNull(f.serverCpuPerMillionDeliveries(), 4))
        .put("benchCpuSeconds", orNull(f.cpu().benchSeconds(), 3))
        .put("lost", c.lost())
        .put("duplicated", c.duplicated())
        .put("reordered", c.reordered())
        .put("unexpected", c.unexpected())
        .put("disconnects", c.disconnects())
        .put("serverErrors", c.serverErrors())
        .put("firstServerError", c.firstServerError())
        .put("totalSent", c.sent())
        .put("totalDeliveries", c.delivered())
        .put("expectedDeliveries", c.expected())
        .put("acknowledged", c.acknowledged())
        .put("inFlight", c.inFlight())
        .put("timedOut", f.timedOut())
        .put("failure", f.failure())
        .put("ok", f.exitCode() == BenchCommand.OK)
        .put("exitCode", f.exitCode());
  }

  static List<String> summary(LoadFigures f) {
    LoadPlan plan = f.plan();
    Layout layout = plan.layout();
    Counts c = f.counts();
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "%s: %s, %s, %s, %s dialect, %s", plan.scenario(),
        plural(layout.clients(), "client"), plural(layout.senders(), "sender"), plural(layout.rooms(), "room"),
        plan.dialect().name(), plan.targetList()));
    lines.add(String.format(Locale.ROOT, "  connected    %d of %d in %.2f s", f.connected(), layout.clients(),
        f.connectSeconds()));
    if (f.measurement() != null) {
      Histogram latency = f.latency();
      lines.add(String.format(Locale.ROOT, "  measured     %s s after %s s warm-up; %d-byte messages, %s",
          Report.decimal(f.measuredSeconds()), Report.decimal(plan.load().warmupSeconds()), plan.load().sizeBytes(),
          pace(plan)));
      lines.add(String.format(Locale.ROOT, "  sent         %s messages, %s/s", Report.count(c.sentMeasured()),
          Report.count(f.sentPerSecond())));
      lines.add(String.format(Locale.ROOT, "  deliveries   %s, %s/s (to receivers; a sender's own echo is not one)",
          Report.count(c.deliveredMeasured()), Report.count(f.deliveriesPerSecond())));
      lines.add(String.format(Locale.ROOT, "  latency us   p50 %s  p99 %s  p99.9 %s  max %s",
          Report.count(latency.getValueAtPercentile(50)), Report.count(latency.getValueAtPercentile(99)),
          Report.count(latency.getValueAtPercentile(99.9)), Report.count(latency.getMaxValue())));
      lines.add(cpu(f));
    }
    lines.add(String.format(Locale.ROOT,
        "  checks       lost %d, duplicated %d, reordered %d, unexpected %d, disconnects %d, server errors %d",
        c.lost(), c.duplicated(), c.reordered(), c.unexpected(), c.disconnects(), c.serverErrors()));
    if (c.firstServerError() != null) {
      lines.add("  first error  " + c.firstServerError());
    }
    lines.add("  result       " + verdict(f));
    return lines;
  }

  private static String cpu(LoadFigures f) {
    String bench = "bench " + seconds(f.cpu().benchSeconds());
    if (f.plan().load().serverPids().isEmpty()) {
      return "  cpu          " + bench + " (server: give --pid)";
    }
    OptionalDouble perMillion = f.serverCpuPerMillionDeliveries();
    return String.format(Locale.ROOT, "  cpu          server %s (%s s per million deliveries), %s",
        seconds(f.cpu().serverSeconds()),
        perMillion.isPresent() ? String.format(Locale.ROOT, "%.3f", perMillion.getAsDouble()) : "?", bench);
  }

  private static String seconds(OptionalDouble value) {
    return value.isPresent() ? String.format(Locale.ROOT, "%.2f s", value.getAsDouble()) : "? s";
  }

  private static Double orNull(OptionalDouble value, int decimals) {
    return value.isPresent() ? Report.rounded(value.getAsDouble(), decimals) : null;
  }

  private static String plural(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String pace(LoadPlan plan) {
    String window = "window " + plan.load().window() + " per sender";
    String ack = ", --ack " + plan.load().ack().label();
    return plan.ratePerSender() > 0
        ? String.format(Locale.ROOT, "%s msg/s per sender, %s%s", Report.decimal(plan.ratePerSender()), window, ack)
        : "as fast as a " + window + " allows" + ack;
  }

  private static String verdict(LoadFigures f) {
    if (f.failure() != null) {
      return "FAILED: " + f.failure();
    }
    return f.intact() ? "OK" : "FAILED: messages lost, duplicated, reordered or misdirected, or connections dropped";
  }
}

package dev.relay.bench;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/** An idle run's figures as a summary for people and as one JSON object; every key is named here. */
final class IdleReport {

  private IdleReport() {
  }

  static JsonObject json(IdleFigures f) {
    IdlePlan plan = f.plan();
    return new JsonObject()
        .put("scenario", "idle")
        .put("dialect", plan.fleet().dialect().name())
        .put("targets", new JsonArray().add(plan.target().toString()))
        .put("clients", plan.clients())
        .put("connected", f.connected())
        .put("threads", plan.loops())
        .put("roomSize", plan.roomSize())
        .put("connectSeconds", Report.rounded(f.connectSeconds(), 3))
        .put("holdSeconds", plan.holdSeconds())
        .put("disconnects", f.counts().disconnects())
        .put("serverErrors", f.counts().serverErrors())
        .put("firstServerError", f.counts().firstServerError())
        .put("pid", plan.pid())
        .put("rssBeforeKiB", orNull(f.rssBefore()))
        .put("rssAfterKiB", orNull(f.rssAfter()))
        .put("rssBaseline", plan.baseline().kibibytes() != null)
        .put("baselineConnections", plan.baseline().connections())
        .put("rssPerConnectionBytes", orNull(f.rssPerConnectionBytes()))
        .put("liveHeapBeforeBytes", orNull(f.heap().before()))
        .put("liveHeapAfterBytes", orNull(f.heap().after()))
        .put("liveHeapPerConnectionBytes", orNull(f.heapPerConnectionBytes()))
        .put("timedOut", f.timedOut())
        .put("failure", f.failure())
        .put("ok", f.exitCode() == BenchCommand.OK)
        .put("exitCode", f.exitCode());
  }

  static List<String> summary(IdleFigures f) {
    IdlePlan plan = f.plan();
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "idle: %d clients, %s dialect, %s", plan.clients(),
        plan.fleet().dialect().name(), plan.target()));
    lines.add(String.format(Locale.ROOT, "  connected    %d of %d in %.2f s, held %s s", f.connected(), plan.clients(),
        f.connectSeconds(), Report.decimal(plan.holdSeconds())));
    if (plan.pid() != null) {
      lines.add(rss(f));
    }
    if (plan.liveHeap()) {
      lines.add(String.format(Locale.ROOT, "  live heap    %s bytes before, %s bytes after, %s bytes per connection",
          text(f.heap().before()), text(f.heap().after()), text(f.heapPerConnectionBytes())));
    }
    lines.add(String.format(Locale.ROOT, "  checks       disconnects %d, server errors %d", f.counts().disconnects(),
        f.counts().serverErrors()));
    if (f.counts().firstServerError() != null) {
      lines.add("  first error  " + f.counts().firstServerError());
    }
    lines.add("  result       " + (f.failure() != null ? "FAILED: " + f.failure()
        : f.exitCode() == BenchCommand.OK ? "OK" : "FAILED: connections dropped"));
    return lines;
  }

  private static String rss(IdleFigures f) {
    IdlePlan.RssBaseline baseline = f.plan().baseline();
    String from = baseline.kibibytes() != null ? " (--rss-baseline)" : "";
    String of = baseline.connections() > 0 ? String.format(Locale.ROOT, " (of %d: %d opened before, %d here)",
        baseline.connections() + f.connected(), baseline.connections(), f.connected()) : "";
    return String.format(Locale.ROOT, "  server RSS   %s KiB before%s, %s KiB after, %s bytes per connection%s",
        text(f.rssBefore()), from, text(f.rssAfter()), text(f.rssPerConnectionBytes()), of);
  }

  private static Long orNull(OptionalLong value) {
    return value.isPresent() ? value.getAsLong() : null;
  }

  private static String text(OptionalLong value) {
    return value.isPresent() ? Report.count(value.getAsLong()) : "?";
  }
}

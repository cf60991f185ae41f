package dev.relay.bench;

import io.vertx.core.json.JsonObject;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Arrays;
import picocli.CommandLine;

/** Runs {@code relay bench ARGS} in this JVM and keeps what it printed. */
record BenchRun(int exitCode, String out, String err) {

  static BenchRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new BenchCommand());
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new BenchRun(exit, out.toString(), err.toString());
  }

  /** The machine-readable result: the RESULT line of a summary, or the only line of --json output. */
  JsonObject result() {
    String line = Arrays.stream(out.split("\n"))
        .filter(l -> l.startsWith(Report.RESULT_PREFIX) || l.startsWith("{"))
        .reduce((first, second) -> second)
        .orElseThrow(() -> new AssertionError("no result in:\n" + out + "\n" + err));
    return new JsonObject(line.startsWith("{") ? line : line.substring(Report.RESULT_PREFIX.length()));
  }
}

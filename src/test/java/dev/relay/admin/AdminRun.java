package dev.relay.admin;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import picocli.CommandLine;

/**
 * One {@code relay admin ARGS} run in this JVM, as the jar would run it, with what it printed on each stream.
 *
 * @param exit the exit code
 * @param out  standard output: the result, nothing else
 * @param err  standard error: the refusal, if any (log lines go to the test's own output)
 */
record AdminRun(int exit, String out, String err) {

  static AdminRun admin(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new AdminCommand(false));
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new AdminRun(exit, out.toString(), err.toString());
  }

  List<String> outLines() {
    return out.lines().toList();
  }
}

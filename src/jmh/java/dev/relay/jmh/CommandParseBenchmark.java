package dev.relay.jmh;

import dev.relay.line.CommandTable;
import dev.relay.line.Input;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parse: a decoded line through {@link CommandTable#parse}: chat text (the common case), a private
 * message and a room change. One operation parses one line.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class CommandParseBenchmark {

  // Fields, not constants, so that the JIT cannot fold the parse away.
  private String text = ChatSample.ASCII_LINE;
  private String privateMessage = "/msg carol are you around for a quick call about the flaky test?";
  private String join = "/join #ops";

  @Benchmark
  public Input chatText() {
    return CommandTable.parse(text);
  }

  @Benchmark
  public Input msgCommand() {
    return CommandTable.parse(privateMessage);
  }

  @Benchmark
  public Input joinCommand() {
    return CommandTable.parse(join);
  }
}

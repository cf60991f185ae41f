package dev.relay.jmh;

import dev.relay.line.Lines;
import dev.relay.line.Replies;
import io.vertx.core.buffer.Buffer;
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
 * Fan-out encode: what the hub does once per room message, whatever the room's size: word the line
 * ({@link Replies#chat}) and encode it to the one {@link Buffer} every member is then handed
 * ({@link Lines#encode(String)}). One operation encodes one message.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class FanoutEncodeBenchmark {

  // Fields, not constants, so that the JIT cannot fold the encode away.
  private String alias = "alice";
  private String ascii = ChatSample.ASCII_LINE;
  private String nonAscii = ChatSample.NON_ASCII_LINE;

  @Benchmark
  public Buffer asciiMessage() {
    return Lines.encode(Replies.chat(alias, ascii));
  }

  @Benchmark
  public Buffer nonAsciiMessage() {
    return Lines.encode(Replies.chat(alias, nonAscii));
  }
}

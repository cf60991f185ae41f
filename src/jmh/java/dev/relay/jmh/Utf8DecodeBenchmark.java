package dev.relay.jmh;

import dev.relay.edge.StrictUtf8;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Decode: one framed chat line through {@link StrictUtf8}, as plain ASCII (most chat) and with accents,
 * CJK and an emoji. One operation decodes one line.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class Utf8DecodeBenchmark {

  private final StrictUtf8 utf8 = new StrictUtf8();
  private byte[] ascii;
  private byte[] nonAscii;

  @Setup
  public void setUp() {
    ascii = ChatSample.ASCII_LINE.getBytes(StandardCharsets.UTF_8);
    nonAscii = ChatSample.NON_ASCII_LINE.getBytes(StandardCharsets.UTF_8);
  }

  @Benchmark
  public String asciiLine() {
    return utf8.decode(ascii);
  }

  @Benchmark
  public String nonAsciiLine() {
    return utf8.decode(nonAscii);
  }
}

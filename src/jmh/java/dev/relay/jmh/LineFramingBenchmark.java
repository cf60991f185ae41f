package dev.relay.jmh;

import dev.relay.edge.Frame;
import dev.relay.edge.LineSplitter;
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
import org.openjdk.jmh.infra.Blackhole;

/**
 * Frame: 64 KiB of chat lines through one connection's {@link LineSplitter} at the default 4096-byte
 * limit, once as one read and once as 1460-byte reads (one TCP segment each), so that lines straddle
 * reads and take the partial-line path. One operation frames the whole 64 KiB (1,645 lines, a third of them CRLF).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class LineFramingBenchmark {

  private static final int MAX_LINE_BYTES = 4096;

  private byte[] chunk;
  private byte[][] segments;
  private LineSplitter splitter;

  @Setup
  public void setUp() {
    chunk = ChatSample.chunk(64 * 1024);
    segments = ChatSample.reads(chunk, 1460);
    splitter = new LineSplitter(MAX_LINE_BYTES);
  }

  @Benchmark
  public void oneRead(Blackhole lines) {
    splitter.feed(chunk);
    drain(lines);
  }

  @Benchmark
  public void segmentedReads(Blackhole lines) {
    for (byte[] segment : segments) {
      splitter.feed(segment);
      drain(lines);
    }
  }

  private void drain(Blackhole lines) {
    for (Frame frame = splitter.next(); frame != null; frame = splitter.next()) {
      lines.consume(frame);
    }
  }
}

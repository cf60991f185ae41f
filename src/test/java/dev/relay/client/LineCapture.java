package dev.relay.client;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** An output stream that turns what is printed to it into lines in a {@link LineQueue}. */
final class LineCapture extends OutputStream {

  private final LineQueue lines;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream();

  private LineCapture(LineQueue lines) {
    this.lines = lines;
  }

  static PrintStream into(LineQueue lines) {
    return new PrintStream(new LineCapture(lines), true, StandardCharsets.UTF_8);
  }

  @Override
  public synchronized void write(int b) {
    if (b == '\n') {
      lines.add(line.toString(StandardCharsets.UTF_8));
      line.reset();
    } else {
      line.write(b);
    }
  }
}

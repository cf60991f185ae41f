package dev.relay.edge;

import io.vertx.core.buffer.Buffer;

/**
 * A connection's input as lines, through its flood gate: what every line-based dialect reads the same way. Frames
 * the bytes, hands each line to the session while it still wants them, and stops reading the socket whenever it
 * has to wait (the session is busy, or the gate is closed), so at most one chunk and one line wait here.
 *
 * <p>Confined to the listener's event loop, like its connection.
 */
public final class LineInput {

  /** The session the lines go to. */
  public interface Reader {

    /** Whether the session takes lines now (not while it waits for the hub). */
    boolean reading();

    void handle(Frame frame);
  }

  private final EdgeConnection connection;
  private final FrameSource frames;
  private final FloodGate floodGate;
  private Frame.Line held;
  private boolean throttled;

  /** {@code floodGate} may be null: flood control off. */
  public LineInput(EdgeConnection connection, int maxLineBytes, FloodGate floodGate) {
    this(connection, new LineSplitter(maxLineBytes), floodGate);
  }

  /** Input framed by {@code frames} (a WebSocket's messages) rather than cut into lines. */
  public LineInput(EdgeConnection connection, FrameSource frames, FloodGate floodGate) {
    this.connection = connection;
    this.frames = frames;
    this.floodGate = floodGate;
  }

  public void feed(Buffer data) {
    frames.feed(data.getBytes());
  }

  /** Hands the lines read so far to {@code reader}, until they run out or something asks to wait. */
  public void process(Reader reader) {
    while (connection.open() && reader.reading()) {
      if (throttled) {
        connection.pauseReading();
        return;
      }
      Frame frame = held != null ? held : frames.next();
      held = null;
      if (frame == null) {
        connection.resumeReading();
        return;
      }
      if (frame instanceof Frame.Line line && floodGate != null && !floodGate.tryPass()) {
        held = line;
        throttle(reader);
        return;
      }
      reader.handle(frame);
    }
    connection.pauseReading();
  }

  private void throttle(Reader reader) {
    throttled = true;
    connection.pauseReading();
    connection.vertx().setTimer(floodGate.waitMillis(), t -> {
      throttled = false;
      process(reader);
    });
  }
}

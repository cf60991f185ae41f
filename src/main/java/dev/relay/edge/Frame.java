package dev.relay.edge;

/** What the {@link LineSplitter} cuts out of a connection's byte stream. */
public sealed interface Frame {

  /** One complete line, without its LF and without a CR just before the LF. */
  record Line(byte[] bytes) implements Frame {
  }

  /** A line passed the byte limit; its bytes up to the next LF are discarded. */
  record TooLong(int limit) implements Frame {
  }
}

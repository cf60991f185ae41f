package dev.relay.edge;

/** Where a session's input frames come from: lines cut from a byte stream, or a WebSocket's whole messages. */
public interface FrameSource {

  /** Hands over what the client sent next; it waits its turn behind what was fed before. */
  void feed(byte[] bytes);

  /** The next frame, or null when everything fed so far is used up. */
  Frame next();
}

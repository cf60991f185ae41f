package dev.relay.edge;

import java.util.ArrayDeque;

/**
 * A WebSocket's messages as frames, one each: the transport has joined a message's pieces already and refuses one
 * over its limit. Bounded by its reader, which stops reading while it does not consume. Not thread-safe: one owner.
 */
public final class MessageFrames implements FrameSource {

  private final ArrayDeque<Frame> waiting = new ArrayDeque<>(2);

  @Override
  public void feed(byte[] message) {
    waiting.add(new Frame.Line(message));
  }

  @Override
  public Frame next() {
    return waiting.poll();
  }
}

package dev.relay.bus;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.eventbus.DeliveryOptions;
import io.vertx.core.eventbus.MessageCodec;

/**
 * Passes Relay's immutable records between verticles of one node by reference. The default codecs would
 * copy a Buffer once per handler; the records are immutable, so sharing them is safe and keeps a room
 * message encoded exactly once.
 */
public final class LocalCodec implements MessageCodec<Object, Object> {

  public static final String NAME = "relay.local";

  /** Options for every node-local send of a Relay record. */
  public static final DeliveryOptions LOCAL = new DeliveryOptions().setCodecName(NAME).setLocalOnly(true);

  @Override
  public void encodeToWire(Buffer buffer, Object o) {
    throw new UnsupportedOperationException("node-local records never go on the wire");
  }

  @Override
  public Object decodeFromWire(int pos, Buffer buffer) {
    throw new UnsupportedOperationException("node-local records never come off the wire");
  }

  @Override
  public Object transform(Object o) {
    return o;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public byte systemCodecID() {
    return -1;
  }
}

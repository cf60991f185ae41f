package dev.relay.bus;

import io.vertx.core.Vertx;
import io.vertx.core.eventbus.MessageCodec;

/** The event-bus codecs a Relay server needs, registered once per Vert.x however many servers share it. */
public final class Codecs {

  private Codecs() {
  }

  public static void registerOn(Vertx vertx) {
    register(vertx, new LocalCodec());
    register(vertx, new PeerCodec());
  }

  private static void register(Vertx vertx, MessageCodec<?, ?> codec) {
    try {
      vertx.eventBus().registerCodec(codec);
    } catch (IllegalStateException alreadyRegistered) {
      // another RelayServer on the same Vert.x registered it first
    }
  }
}

package dev.relay.server;

import dev.relay.bus.Addresses;
import dev.relay.bus.HubRequest;
import dev.relay.bus.LocalCodec;
import dev.relay.chat.Directory;
import dev.relay.chat.Hub;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;

/** Runs the node's {@link Hub} on one context, fed by the listeners over {@link Addresses#HUB}. */
public final class HubVerticle extends VerticleBase {

  private final Directory directory;

  HubVerticle(Directory directory) {
    this.directory = directory;
  }

  @Override
  public Future<?> start() {
    Hub hub = new Hub(directory, (edge, event) -> vertx.eventBus().send(edge, event, LocalCodec.LOCAL));
    return vertx.eventBus()
        .<HubRequest>localConsumer(Addresses.HUB, message -> hub.handle(message.body()))
        .completion();
  }
}

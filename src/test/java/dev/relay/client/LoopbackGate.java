package dev.relay.client;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.VerticleBase;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * A TCP forwarder on loopback between the client and a server, with a gate the test opens and shuts: while it is
 * shut, a connection is accepted but held, nothing read from it and nothing sent to the server, until the gate opens.
 * The test thus decides when a reconnecting client reaches the server, without waiting on the client's backoff. A
 * connection forwarded ends with the other side's end.
 *
 * <p>A verticle: its state is touched on its own context only; the test's calls hop onto it and wait.
 */
final class LoopbackGate extends VerticleBase implements AutoCloseable {

  private final int target;
  private final Vertx owner = Vertx.vertx();
  private NetClient upstream;
  private int port;
  private boolean open = true;
  private final List<NetSocket> held = new ArrayList<>();
  private Promise<Void> firstHeld = Promise.promise();

  private LoopbackGate(int target) {
    this.target = target;
  }

  /** Listens on a free loopback port and forwards to {@code target} on loopback; the gate is open. */
  static LoopbackGate to(int target) {
    LoopbackGate gate = new LoopbackGate(target);
    await(gate.owner.deployVerticle(gate));
    return gate;
  }

  @Override
  public Future<?> start() {
    upstream = vertx.createNetClient();
    return vertx.createNetServer()
        .connectHandler(this::accepted)
        .listen(0, "127.0.0.1")
        .onSuccess(server -> port = server.actualPort());
  }

  int port() {
    return port;
  }

  /** From now on, connections are held at the gate. */
  void shut() {
    await(onContext(() -> {
      open = false;
      firstHeld = Promise.promise();
      return null;
    }));
  }

  /** Lets the held connections, and every one after them, through to the server. */
  void open() {
    await(onContext(() -> {
      open = true;
      held.forEach(this::forward);
      held.clear();
      return null;
    }));
  }

  /** Waits until a connection is held at the gate since it was last shut. */
  void awaitHeld() {
    await(onContext(() -> firstHeld.future()).compose(held -> held));
  }

  @Override
  public void close() {
    await(owner.close());
  }

  private void accepted(NetSocket client) {
    client.pause();
    if (open) {
      forward(client);
    } else {
      held.add(client);
      firstHeld.tryComplete();
      client.closeHandler(v -> held.remove(client));
    }
  }

  private void forward(NetSocket client) {
    upstream.connect(target, "127.0.0.1")
        .onSuccess(server -> {
          server.pipeTo(client);
          client.pipeTo(server);
        })
        .onFailure(e -> client.close());
  }

  private <T> Future<T> onContext(Supplier<T> action) {
    Promise<T> done = Promise.promise();
    context.runOnContext(v -> done.complete(action.get()));
    return done.future();
  }

  private static <T> T await(Future<T> future) {
    try {
      return future.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError("the gate did not answer", e);
    }
  }
}

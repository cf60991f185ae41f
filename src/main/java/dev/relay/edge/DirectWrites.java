package dev.relay.edge;

import io.vertx.core.net.NetSocket;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Lets a chat socket write straight to its channel instead of through Vert.x's cross-thread write queue.
 *
 * <p>Vert.x 5 gives every {@code NetSocket} a multi-producer queue so that any thread may write to it; the
 * queue's first chunk, a 1024-slot array, is allocated with the socket and holds 4.7 KB of an idle
 * connection's 7.8 KB of heap (docs/PERFORMANCE.md). Relay writes a chat socket only from the event loop
 * that owns it, so it gives each one the queue Vert.x itself uses for HTTP servers in strict thread mode
 * ({@code HttpServerOptions.setStrictThreadMode}), which writes directly. {@code NetServerOptions} has no such
 * setting in Vert.x 5.0, hence reflection; where the internals differ (another Vert.x version) sockets keep
 * their queue, which costs memory but nothing else, and {@link #describe} says so at start.
 *
 * <p>Contract: {@link #apply} is called on the socket's event loop before anything is written to it, and
 * nothing writes to the socket from another thread afterwards. One instance per listener, confined to its
 * event loop.
 */
final class DirectWrites {

  private static final Logger LOG = LoggerFactory.getLogger(DirectWrites.class);
  private static final String CONNECTION = "io.vertx.core.net.impl.VertxConnection";
  private static final String DIRECT_QUEUE = CONNECTION + "$DirectOutboundMessageQueue";
  private static final String QUEUE_FIELD = "outboundMessageQueue";

  private final Class<?> connectionClass;
  private final Constructor<?> directQueue;
  private final Field queueField;
  private final String unavailableBecause;
  private boolean failed;

  private DirectWrites(Class<?> connectionClass, Constructor<?> directQueue, Field queueField,
      String unavailableBecause) {
    this.connectionClass = connectionClass;
    this.directQueue = directQueue;
    this.queueField = queueField;
    this.unavailableBecause = unavailableBecause;
  }

  /** Finds the Vert.x internals once; never throws. */
  static DirectWrites probe() {
    try {
      Class<?> connection = Class.forName(CONNECTION);
      Constructor<?> constructor = Class.forName(DIRECT_QUEUE).getDeclaredConstructor(connection);
      constructor.setAccessible(true);
      Field field = connection.getDeclaredField(QUEUE_FIELD);
      field.setAccessible(true);
      if (!field.getType().isAssignableFrom(constructor.getDeclaringClass())) {
        return unavailable("field " + QUEUE_FIELD + " does not take a " + DIRECT_QUEUE);
      }
      return new DirectWrites(connection, constructor, field, null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return unavailable(e.toString());
    }
  }

  private static DirectWrites unavailable(String reason) {
    return new DirectWrites(null, null, null, reason);
  }

  boolean available() {
    return unavailableBecause == null && !failed;
  }

  /** For the start-up log line. */
  String describe() {
    return available() ? "direct socket writes" : "Vert.x socket write queues (" + unavailableBecause + ")";
  }

  /** Swaps the socket's write queue; returns whether it did. */
  boolean apply(NetSocket socket) {
    if (!available() || !connectionClass.isInstance(socket)) {
      return false;
    }
    try {
      queueField.set(socket, directQueue.newInstance(socket));
      return true;
    } catch (ReflectiveOperationException | RuntimeException e) {
      failed = true;
      LOG.warn("Could not give sockets direct writes; they keep Vert.x's write queues", e);
      return false;
    }
  }
}

package dev.relay.ops;

import dev.relay.bus.DisconnectReason;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The chat's own meters, next to Vert.x's and the JVM's in the same registry. Safe to call from any
 * thread (Micrometer counters are); labels stay bounded: no alias or room ever becomes a label.
 */
public final class RelayMetrics {

  /** Why an input line was refused, as the {@code reason} label of {@code relay_input_rejected_total}. */
  public enum Rejection { TOO_LONG, INVALID_UTF8, CONTROL_CHARACTERS, MALFORMED }

  private final MeterRegistry registry;
  private final AtomicLong connectionsOpen = new AtomicLong();
  private final AtomicLong rooms = new AtomicLong();
  private final AtomicLong members = new AtomicLong();
  private final AtomicLong peerMessagesSent = new AtomicLong();
  private final Counter connections;
  private final Counter handshakes;
  private final Counter messagesReceived;
  private final Counter deliveries;
  private final Counter bytesIn;
  private final Counter bytesOut;
  private final Map<DisconnectReason, Counter> disconnects = new EnumMap<>(DisconnectReason.class);
  private final Map<Rejection, Counter> rejections = new EnumMap<>(Rejection.class);

  public RelayMetrics(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder("relay.connections.open", connectionsOpen, AtomicLong::get)
        .description("Chat connections open on this instance").register(registry);
    Gauge.builder("relay.rooms", rooms, AtomicLong::get).description("Rooms in the chat").register(registry);
    Gauge.builder("relay.members", members, AtomicLong::get)
        .description("Members connected to this instance that finished the handshake").register(registry);
    FunctionCounter.builder("relay.peer.messages.sent", peerMessagesSent, AtomicLong::get)
        .description("Messages this instance sent to other instances: one per other instance per room message, "
            + "plus private lines and membership changes; gathered per event-loop turn, so the "
            + "event bus carries at most this many")
        .register(registry);
    connections = Counter.builder("relay.connections").description("Chat connections accepted").register(registry);
    handshakes = Counter.builder("relay.handshakes").description("Handshakes completed").register(registry);
    messagesReceived = Counter.builder("relay.messages.received")
        .description("Chat and action lines received from this instance's members").register(registry);
    deliveries = Counter.builder("relay.messages.delivered")
        .description("Lines handed to members' connections (one per member per line)").register(registry);
    bytesIn = Counter.builder("relay.bytes.in").baseUnit("bytes").description("Bytes read from clients").register(registry);
    bytesOut = Counter.builder("relay.bytes.out").baseUnit("bytes").description("Bytes written to clients").register(registry);
    for (DisconnectReason reason : DisconnectReason.values()) {
      disconnects.put(reason, Counter.builder("relay.disconnects").tag("reason", label(reason))
          .description("Connections ended, by reason").register(registry));
    }
    for (Rejection reason : Rejection.values()) {
      rejections.put(reason, Counter.builder("relay.input.rejected").tag("reason", label(reason))
          .description("Input lines refused with an error, by reason").register(registry));
    }
  }

  /** Meters nobody scrapes: for servers started without an operator endpoint (tests, embedding). */
  public static RelayMetrics unexported() {
    return new RelayMetrics(new SimpleMeterRegistry());
  }

  public MeterRegistry registry() {
    return registry;
  }

  public void connectionOpened() {
    connections.increment();
    connectionsOpen.incrementAndGet();
  }

  public void connectionClosed(DisconnectReason reason) {
    connectionsOpen.decrementAndGet();
    disconnects.get(reason).increment();
  }

  /** A connection turned away before it was a {@link #connectionOpened}, by a connection limit. */
  public void refused() {
    disconnects.get(DisconnectReason.REFUSED).increment();
  }

  public void handshake() {
    handshakes.increment();
  }

  public void messageReceived() {
    messagesReceived.increment();
  }

  public void delivered(int lines) {
    deliveries.increment(lines);
  }

  public void bytesIn(int count) {
    bytesIn.increment(count);
  }

  public void bytesOut(long count) {
    bytesOut.increment(count);
  }

  public void rejected(Rejection reason) {
    rejections.get(reason).increment();
  }

  /** Set by the hub, which owns the roster and the peer links, after each event it handles. */
  public void hubState(int roomCount, int localMembers, long peerMessages) {
    rooms.set(roomCount);
    members.set(localMembers);
    peerMessagesSent.set(peerMessages);
  }

  private static String label(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}

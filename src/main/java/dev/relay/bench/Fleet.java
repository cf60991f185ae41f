package dev.relay.bench;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.net.NetClient;
import io.vertx.core.net.NetClientOptions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.ObjIntConsumer;
import org.HdrHistogram.Histogram;

/**
 * The bench's own Vert.x: a few event loops shared by all connections (never a thread per connection), one
 * NetClient per local source address, and the connections themselves. Built and driven from one thread
 * that is not an event loop; the connections then live on their loops.
 */
final class Fleet implements AutoCloseable {

  private static final int CONNECT_TIMEOUT_MILLIS = 30_000;
  private static final long CLOSE_SECONDS = 10;

  private final Vertx vertx;
  private final List<Loop> loops = new ArrayList<>();
  private final List<NetClient> nets = new ArrayList<>();
  private final List<BenchClient> clients = new ArrayList<>();
  private final Handshakes handshakes;
  private final int maxLineBytes;

  /**
   * @param loops           event loops for the connections
   * @param sourceAddresses local addresses to spread connections over; empty for the system's choice
   * @param handshakeLimit  handshakes in flight at most
   * @param maxLineBytes    longest server line a connection accepts
   */
  Fleet(int loops, List<String> sourceAddresses, int handshakeLimit, int maxLineBytes) {
    this.vertx = Vertx.vertx(new VertxOptions().setPreferNativeTransport(true).setEventLoopPoolSize(loops));
    for (int i = 0; i < loops; i++) {
      this.loops.add(new Loop(vertx));
    }
    for (String address : sourceAddresses.isEmpty() ? List.of("") : sourceAddresses) {
      NetClientOptions options = new NetClientOptions().setTcpNoDelay(true).setConnectTimeout(CONNECT_TIMEOUT_MILLIS);
      nets.add(vertx.createNetClient(address.isEmpty() ? options : options.setLocalAddress(address)));
    }
    this.handshakes = new Handshakes(vertx.getOrCreateContext(), handshakeLimit);
    this.maxLineBytes = maxLineBytes;
  }

  int loops() {
    return loops.size();
  }

  Loop loop(int index) {
    return loops.get(index);
  }

  /** Adds a connection on loop {@code loop}, from the next source address in turn; opened by {@link #openAll}. */
  BenchClient add(String alias, String room, Target target, Dialect dialect, int loop, BenchClient.Reader reader) {
    NetClient net = nets.get(clients.size() % nets.size());
    BenchClient client = new BenchClient(alias, room, target, dialect, net, loops.get(loop), reader, maxLineBytes);
    clients.add(client);
    return client;
  }

  /** Opens every connection added, pacing the handshakes; fails with the first connection that failed. */
  Future<Void> openAll() {
    return handshakes.open(List.copyOf(clients));
  }

  Future<Integer> opened() {
    return handshakes.opened();
  }

  /** Runs {@code task} with each loop and its index, on that loop. */
  Future<Void> onEveryLoop(ObjIntConsumer<Loop> task) {
    List<Future<Void>> all = new ArrayList<>();
    for (int i = 0; i < loops.size(); i++) {
      Loop loop = loops.get(i);
      int index = i;
      all.add(loop.run(() -> task.accept(loop, index)));
    }
    return Future.all(all).mapEmpty();
  }

  /** The sum of every loop's counters. */
  Future<Counts> counts() {
    return Future.all(loops.stream().map(loop -> loop.call(() -> loop.tally().counts())).toList())
        .map(all -> all.<Counts>list().stream().reduce(Counts.ZERO, Counts::plus));
  }

  /** Every loop's latencies in one histogram, microseconds. */
  Future<Histogram> latency() {
    return Future.all(loops.stream().map(loop -> loop.call(() -> loop.tally().latencyCopy())).toList())
        .map(all -> {
          Histogram total = new Histogram(3);
          all.<Histogram>list().forEach(total::add);
          return total;
        });
  }

  Future<Void> timer(long millis) {
    return vertx.timer(Math.max(1, millis), TimeUnit.MILLISECONDS);
  }

  /** Closes every connection; a Vert.x that does not close in time is left to the JVM's exit. */
  @Override
  public void close() {
    try {
      vertx.close().await(CLOSE_SECONDS, TimeUnit.SECONDS);
    } catch (Exception e) {
      // The figures are taken already; nothing depends on a clean close.
    }
  }
}

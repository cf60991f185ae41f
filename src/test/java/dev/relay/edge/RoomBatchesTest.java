package dev.relay.edge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.bus.Addresses;
import dev.relay.bus.AdmissionRequest;
import dev.relay.bus.ChatEvent;
import dev.relay.bus.Codecs;
import dev.relay.bus.EdgeEvent;
import dev.relay.bus.HubRequest;
import dev.relay.bus.LocalCodec;
import dev.relay.line.LineFrontEnd;
import dev.relay.ops.RelayMetrics;
import dev.relay.tutorial.TutorialFrontEnd;
import dev.relay.testing.LineClient;
import dev.relay.testing.TestServer;
import io.vertx.core.Context;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Room lines gathered over one event-loop turn reach each member in the order they would have had if each
 * had been delivered on arrival. One listener on real sockets; a stand-in hub admits the clients, and each
 * test plays the hub's events for a turn in a single task on the listener's event loop.
 */
@ExtendWith(VertxExtension.class)
class RoomBatchesTest {

  private static final String EDGE = Addresses.edge(0);
  private static final Instant AT = Instant.parse("2026-11-30T03:00:00Z");

  private final Map<String, Long> connOf = new ConcurrentHashMap<>();
  private Vertx vertx;
  private Context loop;
  private Listener listener;
  private int port;

  @BeforeEach
  void startListener(Vertx vertx) throws Exception {
    this.vertx = vertx;
    Codecs.registerOn(vertx);
    vertx.eventBus().<AdmissionRequest>localConsumer(Addresses.ADMIT, m -> toListener(
        new EdgeEvent.AdmissionDecided(m.body().conn(), null)));
    vertx.eventBus().<String>localConsumer(Addresses.RELEASE, m -> { });
    vertx.eventBus().<HubRequest>localConsumer(Addresses.HUB, m -> {
      if (m.body() instanceof HubRequest.Hello hello) {
        connOf.put(hello.alias(), hello.from().conn());
        toListener(new EdgeEvent.Accepted(hello.from().conn(), hello.alias(), "lobby"));
      }
    });
    loop = vertx.getOrCreateContext();
    Promise<Integer> bound = Promise.promise();
    loop.runOnContext(v -> {
      listener = new Listener(vertx, loop, TestServer.config(), RelayMetrics.unexported(), "node", EDGE,
          new FlushScheduler(loop, RelayMetrics.unexported()));
      LineFrontEnd lineProtocol = new LineFrontEnd(new TutorialFrontEnd());
      vertx.eventBus().<EdgeEvent>localConsumer(EDGE, m -> listener.onEvent(m.body()))
          .completion()
          .compose(c -> vertx.createNetServer().connectHandler(socket -> listener.accept(socket, lineProtocol))
              .listen(0, "127.0.0.1"))
          .onComplete(server -> bound.handle(server.map(s -> s.actualPort())));
    });
    port = bound.future().await(10, TimeUnit.SECONDS);
  }

  @Test
  void aMemberWhoJoinsDuringTheTurnGetsOnlyWhatCameAfter() throws Exception {
    try (LineClient carol = admitted("carol"); LineClient bob = admitted("bob")) {
      oneTurn(joined("carol"));
      oneTurn(room("1"), joined("bob"), room("2"), room("3"));
      oneTurn(room("end"));
      assertThat(carol.skipUntil("s: end")).containsExactly("s: 1", "s: 2", "s: 3");
      assertThat(bob.skipUntil("s: end")).containsExactly("s: 2", "s: 3");
    }
  }

  @Test
  void aLineForOneMemberKeepsItsPlaceBetweenRoomLines() throws Exception {
    try (LineClient alice = admitted("alice"); LineClient carol = admitted("carol")) {
      oneTurn(joined("alice"), joined("carol"));
      oneTurn(room("1"), room("2"), toMember("alice", "private"), room("3"));
      oneTurn(room("end"));
      assertThat(alice.skipUntil("s: end")).containsExactly("s: 1", "s: 2", "[pm] p: private", "s: 3");
      assertThat(carol.skipUntil("s: end")).containsExactly("s: 1", "s: 2", "s: 3");
    }
  }

  @Test
  void aMemberWhoLeavesDuringTheTurnGetsWhatCameBefore() throws Exception {
    try (LineClient alice = admitted("alice"); LineClient carol = admitted("carol")) {
      oneTurn(joined("alice"), joined("carol"));
      oneTurn(room("1"), toMember("alice", "private"), room("2"), parted("alice"), room("3"));
      oneTurn(toMember("alice", "end"), room("end"));
      assertThat(alice.skipUntil("[pm] p: end")).containsExactly("s: 1", "[pm] p: private", "s: 2");
      assertThat(carol.skipUntil("s: end")).containsExactly("s: 1", "s: 2", "s: 3");
    }
  }

  @Test
  void whatIsSaidAfterAMemberLeftMidTurnNeverReachesIt() throws Exception {
    try (LineClient alice = admitted("alice"); LineClient carol = admitted("carol")) {
      oneTurn(joined("alice"), joined("carol"));
      oneTurn(room("1"), room("2"), parted("alice"), room("3"), room("4"));
      oneTurn(toMember("alice", "end"), room("end"));
      assertThat(alice.skipUntil("[pm] p: end")).containsExactly("s: 1", "s: 2");
      assertThat(carol.skipUntil("s: end")).containsExactly("s: 1", "s: 2", "s: 3", "s: 4");
    }
  }

  private LineClient admitted(String alias) {
    LineClient client = LineClient.connect(port);
    client.expect("alias?").send(alias);
    client.expectStartsWith("* You are now connected as " + alias);
    return client;
  }

  /** Plays the events in one task: one turn of the listener's event loop. */
  private void oneTurn(EdgeEvent... events) throws Exception {
    Promise<Void> played = Promise.promise();
    loop.runOnContext(v -> {
      for (EdgeEvent event : events) {
        listener.onEvent(event);
      }
      played.complete();
    });
    played.future().await(10, TimeUnit.SECONDS);
  }

  private void toListener(EdgeEvent event) {
    vertx.eventBus().send(EDGE, event, LocalCodec.LOCAL);
  }

  private EdgeEvent joined(String alias) {
    return new EdgeEvent.Joined(connOf.get(alias), "r");
  }

  private EdgeEvent parted(String alias) {
    return new EdgeEvent.Parted(connOf.get(alias), "r");
  }

  /** A private message whose text is {@code text}; the member reads {@code [pm] p: TEXT}. */
  private EdgeEvent toMember(String alias, String text) {
    return new EdgeEvent.ToMember(connOf.get(alias), List.of(new ChatEvent.PrivateMessage("p", AT, text, false)));
  }

  /** A line said in the room; members read {@code s: TEXT}. */
  private static EdgeEvent room(String text) {
    return new EdgeEvent.ToRoom("r", List.of(new ChatEvent.Said("r", text.hashCode(), AT, "s", text)));
  }
}

package dev.relay.chat;

import static org.assertj.core.api.Assertions.assertThat;

import dev.relay.bus.ChatEvent;
import dev.relay.bus.EdgeEvent;
import dev.relay.bus.HubRequest;
import dev.relay.bus.MemberId;
import dev.relay.history.HistoryConfig;
import dev.relay.history.HistoryParts;
import dev.relay.history.RoomSequencer;
import dev.relay.history.Timers;
import dev.relay.history.VertxTimers;
import dev.relay.store.Database;
import dev.relay.store.SqlHistoryStore;
import dev.relay.store.SqlMailboxStore;
import dev.relay.store.StoreConfig;
import dev.relay.store.StoredLine;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.junit5.VertxExtension;
import java.nio.file.Path;
import dev.relay.testing.MovedClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * History's retention with a clock the test moves (docs/PROTOCOL.md 11.6): a hub on a real Vert.x context over an
 * embedded store. Lines past the retention leave every answer at once, the sweep deletes them (each room keeps its
 * newest as the mark its numbering goes on from), with no one acting but the clock.
 */
@ExtendWith(VertxExtension.class)
class RoomHistoryExpiryTest {

  private static final Instant START = Instant.parse("2026-11-01T12:00:00Z");

  @TempDir
  Path dir;
  private final MovedClock clock = new MovedClock(START);
  private final List<EdgeEvent> sent = new ArrayList<>();
  private Vertx vertx;
  private Context context;
  private Database database;
  private SqlHistoryStore store;
  private Hub hub;

  @BeforeEach
  void start(Vertx vertx) throws Exception {
    this.vertx = vertx;
    context = vertx.getOrCreateContext();
    database = on(() -> Database.open(vertx, StoreConfig.embedded(dir.resolve("data"), 2)));
    store = new SqlHistoryStore(database.pool());
    Timers timers = new VertxTimers(vertx);
    HistoryParts parts = new HistoryParts(HistoryConfig.DEFAULTS, store, new SqlMailboxStore(database.pool()),
        RoomSequencer.ALONE, timers);
    hub = on(() -> Future.succeededFuture(new Hub(new LocalAliases(), Peers.alone("node"),
        (edge, event) -> sent.add(event), clock, Registrations.NONE, AuditTrail.NONE, PolicyStore.NONE,
        ChangeFeed.NONE, parts)));
  }

  @AfterEach
  void stop() throws Exception {
    on(() -> database.close());
  }

  /** Runs {@code action} on the hub's context and waits for its future. */
  private <T> T on(Supplier<Future<T>> action) throws Exception {
    Promise<T> done = Promise.promise();
    context.runOnContext(v -> action.get().onComplete(done));
    return done.future().await(30, TimeUnit.SECONDS);
  }

  private void handle(HubRequest request) throws Exception {
    on(() -> {
      hub.handle(request);
      return Future.succeededFuture();
    });
  }

  /** Connects and waits until the hub has let the member in (the lobby's history is read first). */
  private MemberId connect(long conn, String alias) throws Exception {
    MemberId id = new MemberId("node", "edge.0", conn);
    handle(new HubRequest.Hello(id, alias, false, "127.0.0.1"));
    awaitSent(event -> event instanceof EdgeEvent.Accepted accepted && accepted.conn() == conn);
    return id;
  }

  /** Says the line and waits until the room heard it (a room's first line waits for the store's last id). */
  private void say(MemberId member, String text) throws Exception {
    handle(new HubRequest.Say(member, "lobby", text));
    awaitSent(event -> event instanceof EdgeEvent.ToRoom room
        && room.events().stream().anyMatch(e -> e instanceof ChatEvent.Said said && said.text().equals(text)));
  }

  /** Waits, looking on the hub's context each few milliseconds, until the hub has sent a matching event. */
  private void awaitSent(Predicate<EdgeEvent> match) throws Exception {
    on(() -> {
      Promise<Void> seen = Promise.promise();
      look(match, seen, 2_000);
      return seen.future();
    });
  }

  private void look(Predicate<EdgeEvent> match, Promise<Void> seen, int triesLeft) {
    if (sent.stream().anyMatch(match)) {
      seen.complete();
    } else if (triesLeft == 0) {
      seen.fail("the hub never sent it; sent: " + sent);
    } else {
      vertx.setTimer(5, t -> look(match, seen, triesLeft - 1));
    }
  }

  /** The history the hub told {@code conn} since the last call, as the lines' texts. */
  private List<String> replayedTo(long conn) throws Exception {
    List<String> texts = new ArrayList<>();
    on(() -> {
      for (EdgeEvent event : sent) {
        if (event instanceof EdgeEvent.ToMember m && m.conn() == conn) {
          for (ChatEvent told : m.events()) {
            if (told instanceof ChatEvent.History history) {
              history.lines().forEach(line -> texts.add(line.seq() + " " + line.text()));
            }
          }
        }
      }
      sent.clear();
      return Future.succeededFuture();
    });
    return texts;
  }

  @Test
  void linesPastTheRetentionAreGoneFromEveryAnswerAndTheSweepDeletesThem() throws Exception {
    MemberId alice = connect(1, "alice");
    for (String text : List.of("one", "two", "three")) {
      say(alice, text);
    }
    on(() -> hub.drainHistory());
    clock.advance(Duration.ofDays(29));
    connect(2, "bob");
    assertThat(replayedTo(2)).containsExactly("1 one", "2 two", "3 three");

    clock.advance(Duration.ofDays(2));
    connect(3, "carol");
    assertThat(replayedTo(3)).isEmpty();
    assertThat(on(() -> store.after("lobby", 0, 10, Instant.EPOCH))).hasSize(3);

    on(() -> hub.sweepHistory());
    List<StoredLine> left = on(() -> store.after("lobby", 0, 10, Instant.EPOCH));
    assertThat(left).extracting(StoredLine::seq).containsExactly(3L);

    say(alice, "fresh");
    connect(4, "dave");
    assertThat(replayedTo(4)).containsExactly("4 fresh");
  }
}

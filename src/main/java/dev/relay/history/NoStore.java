package dev.relay.history;

import dev.relay.store.HistoryStore;
import dev.relay.store.KeptMessage;
import dev.relay.store.MailboxStore;
import dev.relay.store.StoredLine;
import io.vertx.core.Future;
import java.time.Instant;
import java.util.List;

/**
 * A hub without a store or timers (unit tests of the chat core): writes vanish, reads find nothing. Tests extend it
 * to watch what they need.
 */
class NoStore implements HistoryStore, MailboxStore, Timers {

  static final NoStore INSTANCE = new NoStore();

  NoStore() {
  }

  @Override
  public Future<Void> append(List<StoredLine> lines) {
    return Future.succeededFuture();
  }

  @Override
  public Future<List<StoredLine>> before(String roomKey, long beforeSeq, int limit, Instant notBefore) {
    return Future.succeededFuture(List.of());
  }

  @Override
  public Future<List<StoredLine>> after(String roomKey, long afterSeq, int limit, Instant notBefore) {
    return Future.succeededFuture(List.of());
  }

  @Override
  public Future<Long> lastSeq(String roomKey) {
    return Future.succeededFuture(0L);
  }

  @Override
  public Future<Long> firstSeqAtOrAfter(String roomKey, Instant at) {
    return Future.succeededFuture(1L);
  }

  @Override
  public Future<Integer> clear(String roomKey) {
    return Future.succeededFuture(0);
  }

  @Override
  public Future<Integer> deleteOlderThan(Instant cutoff) {
    return Future.succeededFuture(0);
  }

  @Override
  public Future<Integer> trim(int maxLinesPerRoom) {
    return Future.succeededFuture(0);
  }

  @Override
  public Future<Boolean> keep(String accountKey, String from, String text, boolean notice, Instant at, int limit) {
    return Future.succeededFuture(false);
  }

  @Override
  public Future<List<KeptMessage>> waiting(String accountKey) {
    return Future.succeededFuture(List.of());
  }

  @Override
  public Future<Integer> delivered(String accountKey, long throughId) {
    return Future.succeededFuture(0);
  }

  @Override
  public long after(long millis, Runnable task) {
    throw new IllegalStateException("no timers here");
  }

  @Override
  public void cancel(long id) {
  }
}

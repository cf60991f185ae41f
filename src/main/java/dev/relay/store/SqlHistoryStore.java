package dev.relay.store;

import static dev.relay.store.Columns.instant;
import static dev.relay.store.Columns.utc;

import dev.relay.bus.LineKind;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlResult;
import io.vertx.sqlclient.templates.RowMapper;
import io.vertx.sqlclient.templates.SqlTemplate;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link HistoryStore} over a {@link Pool}, in the portable SQL of {@link SqlAccountStore}: each statement written
 * once for H2 (PostgreSQL mode) and PostgreSQL, timestamps in UTC to the microsecond. Stateless apart from its
 * prepared templates: one instance may serve every context.
 */
public final class SqlHistoryStore implements HistoryStore {

  private static final String COLUMNS = "room_key, seq, said_at, kind, alias, body";
  /** Six parameters a line: far inside PostgreSQL's 65,535 a statement. */
  /** Not expired at #{notBefore}: the same boundary as {@link #deleteOlderThan}. */
  private static final String KEPT = "room_key = #{room} AND said_at >= #{notBefore}";
  private static final RowMapper<StoredLine> LINE = row -> new StoredLine(row.getString("room_key"),
      row.getLong("seq"), instant(row, "said_at"), Columns.wire(row, "kind", "room_lines", LineKind::parse),
      row.getString("alias"), row.getString("body"));

  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> insert;
  private final SqlTemplate<Map<String, Object>, RowSet<StoredLine>> before;
  private final SqlTemplate<Map<String, Object>, RowSet<StoredLine>> after;
  private final SqlTemplate<Map<String, Object>, RowSet<Row>> lastSeq;
  private final SqlTemplate<Map<String, Object>, RowSet<Row>> firstSeqAtOrAfter;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> clear;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> dropMark;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> addMark;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> deleteOlderThan;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> trim;

  public SqlHistoryStore(Pool pool) {
    insert = SqlTemplate.forUpdate(pool, "INSERT INTO room_lines (" + COLUMNS + ") VALUES (#{room}, #{seq}, #{at},"
        + " #{kind}, #{alias}, #{text}) ON CONFLICT DO NOTHING");
    before = SqlTemplate.forQuery(pool, "SELECT " + COLUMNS + " FROM (SELECT " + COLUMNS + " FROM room_lines"
        + " WHERE " + KEPT + " AND seq < #{seq} ORDER BY seq DESC LIMIT #{limit}) AS newest ORDER BY seq")
        .mapTo(LINE);
    after = SqlTemplate.forQuery(pool, "SELECT " + COLUMNS + " FROM room_lines WHERE " + KEPT + " AND seq > #{seq}"
        + " ORDER BY seq LIMIT #{limit}").mapTo(LINE);
    lastSeq = SqlTemplate.forQuery(pool, "SELECT GREATEST(COALESCE((SELECT MAX(seq) FROM room_lines"
        + " WHERE room_key = #{room}), 0), COALESCE((SELECT last_seq FROM room_marks WHERE room_key = #{room}), 0))"
        + " AS seq");
    firstSeqAtOrAfter = SqlTemplate.forQuery(pool, "SELECT COALESCE(MIN(CASE WHEN said_at >= #{at} THEN seq END),"
        + " MAX(seq) + 1, 1) AS seq FROM room_lines WHERE room_key = #{room}");
    dropMark = SqlTemplate.forUpdate(pool, "DELETE FROM room_marks WHERE room_key = #{room} AND last_seq <"
        + " (SELECT COALESCE(MAX(seq), 0) FROM room_lines WHERE room_key = #{room})");
    addMark = SqlTemplate.forUpdate(pool, "INSERT INTO room_marks (room_key, last_seq) SELECT room_key, MAX(seq)"
        + " FROM room_lines WHERE room_key = #{room} GROUP BY room_key ON CONFLICT DO NOTHING");
    clear = SqlTemplate.forUpdate(pool, "DELETE FROM room_lines WHERE room_key = #{room}");
    deleteOlderThan = SqlTemplate.forUpdate(pool, "DELETE FROM room_lines WHERE said_at < #{cutoff} AND seq <"
        + " (SELECT MAX(newest.seq) FROM room_lines newest WHERE newest.room_key = room_lines.room_key)");
    trim = SqlTemplate.forUpdate(pool, "DELETE FROM room_lines WHERE seq <= (SELECT MAX(newest.seq)"
        + " FROM room_lines newest WHERE newest.room_key = room_lines.room_key) - #{keep}");
  }

  /**
   * One prepared statement for every line, run as a batch (a JDBC batch on H2, a pipeline on PostgreSQL): the same
   * text each time, so each back end prepares it once, where a statement of many rows would be parsed and described
   * anew for each batch (that cost more CPU than the fan-out of the lines). A batch is not atomic on H2, which keeps
   * the lines before a failing one; a retry keeps each line once all the same.
   */
  @Override
  public Future<Void> append(List<StoredLine> lines) {
    if (lines.isEmpty()) {
      return Future.succeededFuture();
    }
    List<Map<String, Object>> rows = new ArrayList<>(lines.size());
    for (StoredLine line : lines) {
      Map<String, Object> row = new HashMap<>(8);
      row.put("room", line.roomKey());
      row.put("seq", line.seq());
      row.put("at", utc(line.at()));
      row.put("kind", line.kind().wire());
      row.put("alias", line.alias());
      row.put("text", line.text());
      rows.add(row);
    }
    return insert.executeBatch(rows).mapEmpty();
  }

  @Override
  public Future<List<StoredLine>> before(String roomKey, long beforeSeq, int limit, Instant notBefore) {
    return page(before, roomKey, beforeSeq, limit, notBefore);
  }

  @Override
  public Future<List<StoredLine>> after(String roomKey, long afterSeq, int limit, Instant notBefore) {
    return page(after, roomKey, afterSeq, limit, notBefore);
  }

  @Override
  public Future<Long> lastSeq(String roomKey) {
    return lastSeq.execute(Map.of("room", roomKey)).map(SqlHistoryStore::onlyLong);
  }

  @Override
  public Future<Long> firstSeqAtOrAfter(String roomKey, Instant at) {
    return firstSeqAtOrAfter.execute(Map.of("room", roomKey, "at", utc(at))).map(SqlHistoryStore::onlyLong);
  }

  @Override
  public Future<Integer> clear(String roomKey) {
    Map<String, Object> room = Map.of("room", roomKey);
    return dropMark.execute(room).compose(v -> addMark.execute(room)).compose(v -> clear.execute(room))
        .map(SqlResult::rowCount);
  }

  @Override
  public Future<Integer> deleteOlderThan(Instant cutoff) {
    return deleteOlderThan.execute(Map.of("cutoff", utc(cutoff))).map(SqlResult::rowCount);
  }

  /** Counts on seqs having no gaps: a room's newest N are those within N of its highest. */
  @Override
  public Future<Integer> trim(int maxLinesPerRoom) {
    if (maxLinesPerRoom < 0) {
      return Future.failedFuture(new IllegalArgumentException("maxLinesPerRoom must be 0 or more, got "
          + maxLinesPerRoom));
    }
    return trim.execute(Map.of("keep", (long) maxLinesPerRoom)).map(SqlResult::rowCount);
  }

  private static Future<List<StoredLine>> page(SqlTemplate<Map<String, Object>, RowSet<StoredLine>> query,
      String roomKey, long seq, int limit, Instant notBefore) {
    if (limit < 0) {
      return Future.failedFuture(new IllegalArgumentException("limit must be 0 or more, got " + limit));
    }
    return query.execute(Map.of("room", roomKey, "seq", seq, "limit", limit, "notBefore", utc(notBefore)))
        .map(Columns::list);
  }

  /** The one column of an aggregate's one row. */
  private static long onlyLong(RowSet<Row> rows) {
    return rows.iterator().next().getLong(0);
  }
}

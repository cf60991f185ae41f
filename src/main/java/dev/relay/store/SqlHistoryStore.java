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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * {@link HistoryStore} over a {@link Pool}, in the portable SQL of {@link SqlAccountStore}: each statement written
 * once for H2 (PostgreSQL mode) and PostgreSQL, timestamps in UTC to the microsecond. Stateless apart from its
 * prepared templates: one instance may serve every context.
 */
public final class SqlHistoryStore implements HistoryStore {

  private static final String COLUMNS = "room_key, seq, said_at, kind, alias, body";
  /** Six parameters a line: far inside PostgreSQL's 65,535 a statement. */
  private static final int LINES_PER_STATEMENT = 500;
  /** Not expired at #{notBefore}: the same boundary as {@link #deleteOlderThan}. */
  private static final String KEPT = "room_key = #{room} AND said_at >= #{notBefore}";
  private static final RowMapper<StoredLine> LINE = row -> new StoredLine(row.getString("room_key"),
      row.getLong("seq"), instant(row, "said_at"), Columns.wire(row, "kind", "room_lines", LineKind::parse),
      row.getString("alias"), row.getString("body"));

  private final Pool pool;
  private final SqlTemplate<Map<String, Object>, RowSet<StoredLine>> before;
  private final SqlTemplate<Map<String, Object>, RowSet<StoredLine>> after;
  private final SqlTemplate<Map<String, Object>, RowSet<Row>> lastSeq;
  private final SqlTemplate<Map<String, Object>, RowSet<Row>> firstSeqAtOrAfter;
  private final SqlTemplate<Map<String, Object>, RowSet<Row>> countAfter;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> clear;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> dropMark;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> addMark;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> deleteOlderThan;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> trim;

  public SqlHistoryStore(Pool pool) {
    this.pool = pool;
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
    countAfter = SqlTemplate.forQuery(pool, "SELECT COUNT(*) AS lines FROM room_lines WHERE " + KEPT
        + " AND seq > #{after} AND seq <= #{through}");
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
   * One multi-row INSERT per {@value #LINES_PER_STATEMENT} lines, atomic without a transaction: Vert.x 5.0's JDBC
   * client leaves a pooled connection out of auto-commit after {@code withTransaction} (vert-x3/vertx-jdbc-client
   * #356), and a plain JDBC batch commits each line by itself, where H2 carries on past a failing one.
   */
  @Override
  public Future<Void> append(List<StoredLine> lines) {
    Future<Void> done = Future.succeededFuture();
    for (int from = 0; from < lines.size(); from += LINES_PER_STATEMENT) {
      List<StoredLine> statement = lines.subList(from, Math.min(lines.size(), from + LINES_PER_STATEMENT));
      done = done.compose(previous -> insert(statement));
    }
    return done;
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
  public Future<Long> countAfter(String roomKey, long afterSeq, long throughSeq, Instant notBefore) {
    return countAfter.execute(Map.of("room", roomKey, "after", afterSeq, "through", throughSeq,
        "notBefore", utc(notBefore))).map(SqlHistoryStore::onlyLong);
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

  private Future<Void> insert(List<StoredLine> lines) {
    StringJoiner rows = new StringJoiner(", ", "INSERT INTO room_lines (" + COLUMNS + ") VALUES ",
        " ON CONFLICT DO NOTHING");
    Map<String, Object> params = new HashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      StoredLine line = lines.get(i);
      rows.add("(#{room" + i + "}, #{seq" + i + "}, #{at" + i + "}, #{kind" + i + "}, #{alias" + i + "}, #{text" + i
          + "})");
      params.put("room" + i, line.roomKey());
      params.put("seq" + i, line.seq());
      params.put("at" + i, utc(line.at()));
      params.put("kind" + i, line.kind().wire());
      params.put("alias" + i, line.alias());
      params.put("text" + i, line.text());
    }
    return SqlTemplate.forUpdate(pool, rows.toString()).execute(params).mapEmpty();
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

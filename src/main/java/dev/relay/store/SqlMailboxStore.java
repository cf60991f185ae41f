package dev.relay.store;

import static dev.relay.store.Columns.instant;
import static dev.relay.store.Columns.utc;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlResult;
import io.vertx.sqlclient.templates.RowMapper;
import io.vertx.sqlclient.templates.SqlTemplate;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@link MailboxStore} over a {@link Pool}, in the portable SQL of {@link SqlAccountStore}: each statement written
 * once for H2 (PostgreSQL mode) and PostgreSQL, timestamps in UTC to the microsecond; the database numbers the
 * messages. Stateless apart from its prepared templates: one instance may serve every context.
 */
public final class SqlMailboxStore implements MailboxStore {

  private static final String COLUMNS = "id, account_key, sender, body, notice, sent_at";
  private static final RowMapper<KeptMessage> MESSAGE = row -> new KeptMessage(row.getLong("id"),
      row.getString("account_key"), row.getString("sender"), row.getString("body"), row.getBoolean("notice"),
      instant(row, "sent_at"));

  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> keep;
  private final SqlTemplate<Map<String, Object>, RowSet<KeptMessage>> waiting;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> delivered;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> deleteOlderThan;

  public SqlMailboxStore(Pool pool) {
    keep = SqlTemplate.forUpdate(pool, "INSERT INTO mailbox (account_key, sender, body, notice, sent_at)"
        + " SELECT name_key, #{from}, #{text}, #{notice}, #{at} FROM accounts WHERE name_key = #{account}"
        + " AND (SELECT COUNT(*) FROM mailbox WHERE account_key = #{account}) < #{limit}");
    waiting = SqlTemplate.forQuery(pool, "SELECT " + COLUMNS + " FROM mailbox WHERE account_key = #{account}"
        + " ORDER BY id").mapTo(MESSAGE);
    delivered = SqlTemplate.forUpdate(pool, "DELETE FROM mailbox WHERE account_key = #{account}"
        + " AND id <= #{through}");
    deleteOlderThan = SqlTemplate.forUpdate(pool, "DELETE FROM mailbox WHERE sent_at < #{cutoff}");
  }

  @Override
  public Future<Boolean> keep(String accountKey, String from, String text, boolean notice, Instant at, int limit) {
    if (limit < 0) {
      return Future.failedFuture(new IllegalArgumentException("limit must be 0 or more, got " + limit));
    }
    return keep.execute(Map.of("account", accountKey, "from", from, "text", text, "notice", notice, "at", utc(at),
        "limit", (long) limit)).map(kept -> kept.rowCount() == 1);
  }

  @Override
  public Future<List<KeptMessage>> waiting(String accountKey) {
    return waiting.execute(Map.of("account", accountKey)).map(Columns::list);
  }

  @Override
  public Future<Integer> delivered(String accountKey, long throughId) {
    return delivered.execute(Map.of("account", accountKey, "through", throughId)).map(SqlResult::rowCount);
  }

  @Override
  public Future<Integer> deleteOlderThan(Instant cutoff) {
    return deleteOlderThan.execute(Map.of("cutoff", utc(cutoff))).map(SqlResult::rowCount);
  }
}

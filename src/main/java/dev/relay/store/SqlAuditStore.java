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
 * {@link AuditStore} over a {@link Pool}, in the portable SQL of {@link SqlAccountStore}: each statement written once
 * for H2 (PostgreSQL mode) and PostgreSQL, timestamps in UTC to the microsecond; the database numbers the entries.
 * Stateless apart from its prepared templates: one instance may serve every context.
 */
public final class SqlAuditStore implements AuditStore {

  private static final String COLUMNS = "id, at, actor, action, target, scope, reason";
  private static final String NEWEST_FIRST = " ORDER BY at DESC, id DESC LIMIT #{limit}";
  private static final RowMapper<AuditEntry> ENTRY = row -> new AuditEntry(row.getLong("id"), instant(row, "at"),
      row.getString("actor"), row.getString("action"), row.getString("target"), row.getString("scope"),
      row.getString("reason"));

  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> record;
  private final SqlTemplate<Map<String, Object>, RowSet<AuditEntry>> recent;
  private final SqlTemplate<Map<String, Object>, RowSet<AuditEntry>> recentIn;

  public SqlAuditStore(Pool pool) {
    record = SqlTemplate.forUpdate(pool, "INSERT INTO audit (at, actor, action, target, scope, reason)"
        + " VALUES (#{at}, #{actor}, #{action}, #{target}, #{scope}, #{reason})");
    recent = SqlTemplate.forQuery(pool, "SELECT " + COLUMNS + " FROM audit" + NEWEST_FIRST).mapTo(ENTRY);
    recentIn = SqlTemplate.forQuery(pool, "SELECT " + COLUMNS + " FROM audit WHERE scope = #{scope}" + NEWEST_FIRST)
        .mapTo(ENTRY);
  }

  @Override
  public Future<Void> record(String actor, String action, String target, String scope, String reason, Instant at) {
    return record.execute(Map.of("at", utc(at), "actor", actor, "action", action, "target", target,
        "scope", scope, "reason", reason)).mapEmpty();
  }

  @Override
  public Future<List<AuditEntry>> recent(int limit) {
    if (limit < 0) {
      return Future.failedFuture(new IllegalArgumentException("limit must be 0 or more, got " + limit));
    }
    return recent.execute(Map.of("limit", limit)).map(Columns::list);
  }

  @Override
  public Future<List<AuditEntry>> recent(String scope, int limit) {
    if (limit < 0) {
      return Future.failedFuture(new IllegalArgumentException("limit must be 0 or more, got " + limit));
    }
    return recentIn.execute(Map.of("scope", scope, "limit", limit)).map(Columns::list);
  }
}

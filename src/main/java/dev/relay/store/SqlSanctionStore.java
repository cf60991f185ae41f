package dev.relay.store;

import dev.relay.bus.SanctionKind;
import dev.relay.bus.TargetType;
import static dev.relay.store.Columns.instant;
import static dev.relay.store.Columns.utc;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlResult;
import io.vertx.sqlclient.templates.RowMapper;
import io.vertx.sqlclient.templates.SqlTemplate;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link SanctionStore} over a {@link Pool}, in the portable SQL of {@link SqlAccountStore}: each statement written
 * once for H2 (PostgreSQL mode) and PostgreSQL, timestamps in UTC to the microsecond. Stateless apart from its
 * prepared templates: one instance may serve every context.
 */
public final class SqlSanctionStore implements SanctionStore {

  private static final String COLUMNS = "id, kind, scope, target_type, target, reason, set_by, set_at, expires_at";
  /** Holding at #{now}: the same boundary as {@link Sanction#activeAt}. */
  private static final String ACTIVE = "(expires_at IS NULL OR expires_at > #{now})";
  private static final String IN_ORDER_SET = " ORDER BY set_at, id";
  private static final RowMapper<Sanction> SANCTION = row -> new Sanction(row.getString("id"),
      Columns.wire(row, "kind", "sanctions", SanctionKind::parse), row.getString("scope"),
      Columns.wire(row, "target_type", "sanctions", TargetType::parse), row.getString("target"),
      row.getString("reason"), row.getString("set_by"), instant(row, "set_at"), instant(row, "expires_at"));

  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> add;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> remove;
  private final SqlTemplate<Map<String, Object>, RowSet<Sanction>> active;
  private final SqlTemplate<Map<String, Object>, RowSet<Sanction>> activeIn;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> purgeExpired;

  public SqlSanctionStore(Pool pool) {
    add = SqlTemplate.forUpdate(pool, "INSERT INTO sanctions (" + COLUMNS + ") VALUES (#{id}, #{kind}, #{scope},"
        + " #{targetType}, #{target}, #{reason}, #{setBy}, #{setAt}, #{expiresAt})");
    remove = SqlTemplate.forUpdate(pool, "DELETE FROM sanctions WHERE kind = #{kind} AND scope = #{scope}"
        + " AND target_type = #{targetType} AND target = #{target}");
    active = SqlTemplate.forQuery(pool, "SELECT " + COLUMNS + " FROM sanctions WHERE " + ACTIVE + IN_ORDER_SET)
        .mapTo(SANCTION);
    activeIn = SqlTemplate.forQuery(pool, "SELECT " + COLUMNS + " FROM sanctions WHERE scope = #{scope} AND "
        + ACTIVE + IN_ORDER_SET).mapTo(SANCTION);
    purgeExpired = SqlTemplate.forUpdate(pool, "DELETE FROM sanctions WHERE expires_at <= #{now}");
  }

  @Override
  public Future<Void> add(Sanction sanction) {
    Map<String, Object> params = new HashMap<>();
    params.put("id", sanction.id());
    params.put("kind", sanction.kind().wire());
    params.put("scope", sanction.scope());
    params.put("targetType", sanction.targetType().wire());
    params.put("target", sanction.target());
    params.put("reason", sanction.reason());
    params.put("setBy", sanction.setBy());
    params.put("setAt", utc(sanction.setAt()));
    params.put("expiresAt", utc(sanction.expiresAt()));
    return add.execute(params).mapEmpty();
  }

  @Override
  public Future<Integer> remove(SanctionKind kind, String scope, TargetType targetType, String target) {
    return remove.execute(Map.of("kind", kind.wire(), "scope", scope, "targetType", targetType.wire(),
        "target", target)).map(SqlResult::rowCount);
  }

  @Override
  public Future<List<Sanction>> active(Instant now) {
    return active.execute(Map.of("now", utc(now))).map(Columns::list);
  }

  @Override
  public Future<List<Sanction>> active(String scope, Instant now) {
    return activeIn.execute(Map.of("scope", scope, "now", utc(now))).map(Columns::list);
  }

  @Override
  public Future<Integer> purgeExpired(Instant now) {
    return purgeExpired.execute(Map.of("now", utc(now))).map(SqlResult::rowCount);
  }
}

package dev.relay.store;

import dev.relay.accounts.ServerRole;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlResult;
import io.vertx.sqlclient.templates.RowMapper;
import io.vertx.sqlclient.templates.SqlTemplate;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@link AccountStore} over a {@link Pool}, with each statement written once for both back ends: named
 * {@code #{...}} parameters, which each driver turns into its own placeholders, and only SQL that H2 (PostgreSQL
 * mode) and PostgreSQL both accept: no {@code RETURNING}, no {@code ON CONFLICT ... DO UPDATE}, and no trust in the
 * row count of a {@code SELECT}. Timestamps are stored as UTC, to the microsecond (PostgreSQL's precision).
 * Stateless apart from its prepared templates: one instance may serve every context.
 */
public final class SqlAccountStore implements AccountStore {

  private static final String ACCOUNT_COLUMNS = "name_key, name, password_hash, server_role, created_at";
  private static final RowMapper<Account> ACCOUNT = row -> new Account(row.getString("name_key"),
      row.getString("name"), row.getString("password_hash"), role(row), instant(row, "created_at"));
  private static final RowMapper<AccountName> ACCOUNT_NAME = row -> new AccountName(row.getString("name_key"),
      row.getString("name"), role(row));

  private final Clock clock;
  private final SqlTemplate<Map<String, Object>, RowSet<Account>> find;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> create;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> changePassword;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> delete;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> setRole;
  private final SqlTemplate<Map<String, Object>, RowSet<AccountName>> names;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> addToken;
  private final SqlTemplate<Map<String, Object>, RowSet<Row>> tokenAccount;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> revokeTokens;
  private final SqlTemplate<Map<String, Object>, SqlResult<Void>> deleteExpired;

  /** @param clock stamps the creation of resume tokens */
  public SqlAccountStore(Pool pool, Clock clock) {
    this.clock = clock;
    find = SqlTemplate.forQuery(pool, "SELECT " + ACCOUNT_COLUMNS + " FROM accounts WHERE name_key = #{key}")
        .mapTo(ACCOUNT);
    create = SqlTemplate.forUpdate(pool, "INSERT INTO accounts (" + ACCOUNT_COLUMNS + ")"
        + " VALUES (#{key}, #{name}, #{hash}, #{role}, #{createdAt}) ON CONFLICT DO NOTHING");
    changePassword = SqlTemplate.forUpdate(pool, "UPDATE accounts SET password_hash = #{hash} WHERE name_key = #{key}");
    delete = SqlTemplate.forUpdate(pool, "DELETE FROM accounts WHERE name_key = #{key}");
    setRole = SqlTemplate.forUpdate(pool, "UPDATE accounts SET server_role = #{role} WHERE name_key = #{key}");
    names = SqlTemplate.forQuery(pool, "SELECT name_key, name, server_role FROM accounts ORDER BY name_key")
        .mapTo(ACCOUNT_NAME);
    addToken = SqlTemplate.forUpdate(pool, "INSERT INTO resume_tokens (token_hash, account_key, created_at, expires_at)"
        + " VALUES (#{hash}, #{key}, #{createdAt}, #{expiresAt})");
    tokenAccount = SqlTemplate.forQuery(pool,
        "SELECT account_key FROM resume_tokens WHERE token_hash = #{hash} AND expires_at > #{now}");
    revokeTokens = SqlTemplate.forUpdate(pool, "DELETE FROM resume_tokens WHERE account_key = #{key}");
    deleteExpired = SqlTemplate.forUpdate(pool, "DELETE FROM resume_tokens WHERE expires_at <= #{now}");
  }

  @Override
  public Future<Optional<Account>> find(String key) {
    return find.execute(Map.of("key", key)).map(SqlAccountStore::first);
  }

  @Override
  public Future<Boolean> create(Account account) {
    return create.execute(Map.of("key", account.key(), "name", account.name(), "hash", account.passwordHash(),
            "role", account.role().wire(), "createdAt", utc(account.createdAt())))
        .map(SqlAccountStore::changedOne);
  }

  @Override
  public Future<Boolean> changePassword(String key, String newHash) {
    return changePassword.execute(Map.of("key", key, "hash", newHash)).map(SqlAccountStore::changedOne);
  }

  @Override
  public Future<Boolean> delete(String key) {
    return delete.execute(Map.of("key", key)).map(SqlAccountStore::changedOne);
  }

  @Override
  public Future<Boolean> setRole(String key, ServerRole role) {
    return setRole.execute(Map.of("key", key, "role", role.wire())).map(SqlAccountStore::changedOne);
  }

  @Override
  public Future<List<AccountName>> names() {
    return names.execute(Map.of()).map(rows -> {
      List<AccountName> all = new ArrayList<>(rows.size());
      rows.forEach(all::add);
      return all;
    });
  }

  @Override
  public Future<Void> addResumeToken(String tokenHash, String accountKey, Instant expiresAt) {
    return addToken.execute(Map.of("hash", tokenHash, "key", accountKey, "createdAt", utc(clock.instant()),
        "expiresAt", utc(expiresAt))).mapEmpty();
  }

  @Override
  public Future<Optional<String>> resumeTokenAccount(String tokenHash, Instant now) {
    return tokenAccount.execute(Map.of("hash", tokenHash, "now", utc(now)))
        .map(rows -> first(rows).map(row -> row.getString("account_key")));
  }

  @Override
  public Future<Void> revokeResumeTokens(String accountKey) {
    return revokeTokens.execute(Map.of("key", accountKey)).mapEmpty();
  }

  @Override
  public Future<Integer> deleteExpiredTokens(Instant now) {
    return deleteExpired.execute(Map.of("now", utc(now))).map(SqlResult::rowCount);
  }

  /** Iterates rather than asking the row count, which the JDBC client reports as -1 for a query. */
  private static <T> Optional<T> first(RowSet<T> rows) {
    var each = rows.iterator();
    return each.hasNext() ? Optional.of(each.next()) : Optional.empty();
  }

  private static boolean changedOne(SqlResult<Void> result) {
    return result.rowCount() == 1;
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  private static Instant instant(Row row, String column) {
    return row.getOffsetDateTime(column).toInstant();
  }

  private static ServerRole role(Row row) {
    String wire = row.getString("server_role");
    return ServerRole.parse(wire)
        .orElseThrow(() -> new IllegalStateException("unknown server_role '" + wire + "' in table accounts"));
  }
}
